/**
 * What a batch would otherwise hold in memory for every report, kept in a temporary file instead ({@link
 * cn.zwgk.audit.spill.SpillFile}), so that a batch's memory does not grow with its size; what fits a fixed share of
 * the heap ({@link cn.zwgk.audit.spill.MemoryBudget}) may be held as it is instead.
 */
package cn.zwgk.audit.spill;
