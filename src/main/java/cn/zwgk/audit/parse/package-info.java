/**
 * Parsing: the lines of a {@link cn.zwgk.audit.read.SourceDocument} become a {@link cn.zwgk.audit.model.Report}. Title,
 * year and period; the six sections; the cells of tables 二, 三 and 四; the numeric claims of the narrative. Label
 * variants and claim patterns come from YAML under {@code rules/}.
 */
package cn.zwgk.audit.parse;
