package cn.zwgk.audit.read;

import java.math.BigInteger;
import java.util.List;

/**
 * What the reader takes from a .docx's body, in order, whichever way it was read ({@link DocxXml} or POI): paragraphs
 * with their text as POI's {@code XWPFParagraph.getText()} gives it and their list reference, and tables cell by cell.
 * Numbers are kept as written ({@code w:val}); {@link DocxNumbering} and {@link #span} read them.
 */
record DocxBody(List<Block> blocks, DocxNumbering numbering) {

    sealed interface Block permits Paragraph, Table {}

    /** A paragraph; {@code style} is its pStyle, {@code numId} and {@code ilvl} its numPr's values, null when absent. */
    record Paragraph(String style, String numId, String ilvl, String text) implements Block {
        static Paragraph plain(String text) {
            return new Paragraph(null, null, null, text);
        }
    }

    record Table(List<Row> rows) implements Block {}

    /** A row; {@code gridBefore} the grid columns it leaves empty before its first cell. */
    record Row(int gridBefore, List<Cell> cells) {}

    /** A cell: its grid span, whether it continues a vertical merge, and its paragraphs and tables in order. */
    record Cell(int span, boolean continued, List<Block> blocks) {
        List<Paragraph> paragraphs() {
            return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
        }

        boolean holdsTables() {
            return blocks.stream().anyMatch(Table.class::isInstance);
        }
    }

    /** A span or count as Word writes it: a missing, non-positive or absurd value is 1, as it always was here. */
    static int span(BigInteger v) {
        return v == null || v.bitLength() > 16 ? 1 : Math.max(1, v.intValue());
    }
}
