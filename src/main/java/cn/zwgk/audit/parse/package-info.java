/**
 * Parsing: the lines of a {@link cn.zwgk.audit.read.SourceDocument} become a {@link cn.zwgk.audit.model.Report}. Title,
 * year and period; the six sections; the cells of tables 二, 三 and 四; the numeric claims of the narrative. Label
 * variants and claim patterns come from YAML under {@code rules/} (sections.yaml, labels.yaml, claims.yaml).
 *
 * <p>How it reads: {@link cn.zwgk.audit.parse.TextNormalizer} folds widths, traditional characters, spaces and pinyin
 * for matching only, keeping offsets back to the raw text for quoting. {@link cn.zwgk.audit.parse.SectionSplitter}
 * cuts the document at the section headings. Each table region is turned into a stream of cells whatever its layout
 * ({@link cn.zwgk.audit.parse.TableTokens}); row labels are recognised tolerantly ({@link cn.zwgk.audit.parse.LabelIndex})
 * and the value cells after a label, up to the next label, are its cells. A cell the text never gives is MISSING, never
 * invented. {@link cn.zwgk.audit.parse.ClaimReader} runs the office's patterns sentence by sentence.
 */
package cn.zwgk.audit.parse;
