/**
 * What a batch would otherwise hold in memory for every report, kept in a temporary file instead, so that a batch's
 * memory does not grow with its size.
 */
package cn.zwgk.audit.spill;
