package cn.zwgk.audit.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A Word .docx to lines: paragraphs (split at manual line breaks) and tables in body order; merged cells (gridSpan,
 * vMerge) laid out on a grid; tables inside table cells are page layout and read as their content.
 */
final class DocxReader {

    static {
        // a malformed or hostile archive must not exhaust memory: POI checks every entry while inflating it
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(10_000);
    }

    private DocxReader() {}

    static SourceDocument read(String file, byte[] bytes) throws UnreadableInputException {
        LineBuilder out = new LineBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            new Body(new DocxNumbering(doc.getNumbering()), out).elements(doc.getBodyElements());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("Word 文件已损坏，无法读取：" + reason(e), e);
        }
        if (out.isEmpty()) throw new UnreadableInputException("Word 文件中没有文字");
        return out.build(file, "docx", "UTF-8");
    }

    /** Walks body elements in order; numbering counts across the whole document. */
    private record Body(DocxNumbering numbering, LineBuilder out) {

        void elements(List<IBodyElement> elements) {
            for (IBodyElement e : elements) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(numbering.label(p) + p.getText());
                } else if (e instanceof XWPFTable t) {
                    table(t);
                } else if (e instanceof XWPFSDT sdt) {
                    paragraph(sdt.getContent().getText());
                }
            }
        }

        private void paragraph(String text) {
            for (String line : text.split("[\\n\\r\\u000B]")) out.text(line, null);
        }

        private void table(XWPFTable table) {
            if (layout(table)) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) elements(cell.getBodyElements());
                }
                return;
            }
            TableGrid grid = new TableGrid();
            for (XWPFTableRow row : table.getRows()) {
                grid.row();
                CTTrPr trPr = row.getCtRow().getTrPr();
                if (trPr != null && trPr.sizeOfGridBeforeArray() > 0) {
                    grid.skip(intValue(trPr.getGridBeforeArray(0).getVal()));
                }
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr != null && pr.isSetGridSpan() ? intValue(pr.getGridSpan().getVal()) : 1;
                    boolean continued = pr != null && pr.isSetVMerge()
                            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                    if (continued) grid.continuation(span);
                    else grid.cell(cellText(cell), 1, span);
                }
            }
            out.table(grid.rows(), null);
        }

        private String cellText(XWPFTableCell cell) {
            StringBuilder sb = new StringBuilder();
            for (XWPFParagraph p : cell.getParagraphs()) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(numbering.label(p)).append(p.getText());
            }
            return PipeRow.cellText(sb.toString());
        }
    }

    /** A table holding tables, or of a single column, lays out a page rather than holding data. */
    private static boolean layout(XWPFTable table) {
        int maxCells = 0;
        for (XWPFTableRow row : table.getRows()) {
            maxCells = Math.max(maxCells, row.getTableCells().size());
            for (XWPFTableCell cell : row.getTableCells()) if (!cell.getTables().isEmpty()) return true;
        }
        return maxCells <= 1;
    }

    private static int intValue(Object v) {
        if (v instanceof BigInteger b) return b.bitLength() > 16 ? 1 : Math.max(1, b.intValue());
        if (v instanceof Number n) return Math.max(1, n.intValue());
        return 1;
    }

    /** POI's English reasons, said as a clerk can act on them. */
    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("zip bomb")) return "压缩比异常，疑似“压缩炸弹”，为安全起见不予解压";
        if (m.contains("doctype") || m.contains("entit")) return "含有不允许的 XML 实体声明，为安全起见不予读取";
        if (m.contains("exceed") || m.contains("too large") || m.contains("max")) return "内容超出允许的大小";
        return "文件结构无法解析，请用 Word 或 WPS 重新另存为 .docx";
    }
}
