/**
 * Reading: turns a file (text, HTML, .docx, PDF, in whatever encoding) into a {@link cn.zwgk.audit.read.SourceDocument},
 * the plain lines the parser works on. Tables from structured formats become pipe-separated lines
 * ({@code 规章 | 0 | 0 | 0 |}), one per table row, so every format is parsed by the same code.
 *
 * <p>{@link cn.zwgk.audit.read.Documents} recognises the format from the bytes ({@code FormatSniffer}), never from the
 * name, and hands it to one reader: {@code EncodingDetector} for text, {@code HtmlReader}, {@code DocxReader} (with
 * {@code DocxXml}, which reads the body with StAX and leaves what it does not know to POI, and {@code DocxNumbering})
 * or {@code PdfReader} (with {@code PdfPages}, which reads each page once for its glyphs and {@code PdfRulings}, then
 * {@code PdfTables}, {@code PdfLooseTables} and {@code PdfLines}). Merged cells of every format are laid out the same
 * way ({@code TableGrid}): the text stands once, in the merged cell's top-left slot, and the slots it covers are
 * empty. Anything that cannot be read becomes an {@link cn.zwgk.audit.read.UnreadableInputException} whose message
 * says why in Chinese.
 */
package cn.zwgk.audit.read;
