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

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Word .docx to lines: paragraphs (split at manual line breaks) and tables in body order; merged cells (gridSpan,
 * vMerge) laid out on a grid; tables inside table cells are page layout and read as their content. The body is read
 * with StAX ({@link DocxXml}) when it holds only what that reader knows, else with POI; both give the same
 * {@link DocxBody}.
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
        DocxBody body;
        try {
            body = DocxXml.read(bytes);
        } catch (DocxXml.Unsupported e) {
            body = withPoi(bytes);
        }
        return lines(file, body);
    }

    static SourceDocument lines(String file, DocxBody body) throws UnreadableInputException {
        LineBuilder out = new LineBuilder();
        new Lines(body.numbering(), out).blocks(body.blocks());
        if (out.isEmpty()) throw new UnreadableInputException("Word 文件中没有文字");
        return out.build(file, "docx", "UTF-8");
    }

    /** The body through POI's object model: what {@link DocxXml} leaves, and the reason a file cannot be read. */
    static DocxBody withPoi(byte[] bytes) throws UnreadableInputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocxBody(blocks(doc.getBodyElements()), numbering(doc));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("Word 文件已损坏，无法读取：" + reason(e), e);
        }
    }

    private static DocxNumbering numbering(XWPFDocument doc) throws IOException {
        if (doc.getNumbering() == null) return DocxNumbering.none();
        try {
            Map<String, DocxNumbering.StyleNumbering> styles = Map.of();
            if (doc.getStyles() != null) {
                try (InputStream in = doc.getStyles().getPackagePart().getInputStream()) {
                    styles = DocxNumbering.styles(DocxXml.reader(in));
                }
            }
            try (InputStream in = doc.getNumbering().getPackagePart().getInputStream()) {
                return DocxNumbering.read(DocxXml.reader(in), styles);
            }
        } catch (XMLStreamException e) {
            return DocxNumbering.none(); // POI read the parts; a list definition StAX cannot read costs its numbers
        }
    }

    private static List<DocxBody.Block> blocks(List<IBodyElement> elements) {
        List<DocxBody.Block> blocks = new ArrayList<>();
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                blocks.add(paragraph(p));
            } else if (e instanceof XWPFTable t) {
                blocks.add(table(t));
            } else if (e instanceof XWPFSDT sdt) {
                blocks.add(DocxBody.Paragraph.plain(sdt.getContent().getText()));
            }
        }
        return blocks;
    }

    private static DocxBody.Paragraph paragraph(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        BigInteger ilvl = p.getNumIlvl();
        return new DocxBody.Paragraph(p.getStyleID(), numId == null ? null : numId.toString(),
                ilvl == null ? null : ilvl.toString(), p.getText());
    }

    private static DocxBody.Table table(XWPFTable table) {
        List<DocxBody.Row> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            CTTrPr trPr = row.getCtRow().getTrPr();
            int gridBefore = trPr != null && trPr.sizeOfGridBeforeArray() > 0
                    ? DocxBody.span(trPr.getGridBeforeArray(0).getVal()) : 0;
            List<DocxBody.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? DocxBody.span(pr.getGridSpan().getVal()) : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(new DocxBody.Cell(span, continued, blocks(cell.getBodyElements())));
            }
            rows.add(new DocxBody.Row(gridBefore, cells));
        }
        return new DocxBody.Table(rows);
    }

    /** Walks the body's blocks in order into lines; numbering counts across the whole document. */
    private record Lines(DocxNumbering numbering, LineBuilder out) {

        void blocks(List<DocxBody.Block> blocks) {
            for (DocxBody.Block b : blocks) {
                if (b instanceof DocxBody.Paragraph p) paragraph(numbering.label(p) + p.text());
                else if (b instanceof DocxBody.Table t) table(t);
            }
        }

        private void paragraph(String text) {
            for (String line : text.split("[\\n\\r\\u000B]")) out.text(line, null);
        }

        private void table(DocxBody.Table table) {
            if (layout(table)) {
                for (DocxBody.Row row : table.rows()) {
                    for (DocxBody.Cell cell : row.cells()) blocks(cell.blocks());
                }
                return;
            }
            TableGrid grid = new TableGrid();
            for (DocxBody.Row row : table.rows()) {
                grid.row();
                if (row.gridBefore() > 0) grid.skip(row.gridBefore());
                for (DocxBody.Cell cell : row.cells()) {
                    if (cell.continued()) grid.continuation(cell.span());
                    else grid.cell(cellText(cell), 1, cell.span());
                }
            }
            out.table(grid.rows(), null);
        }

        private String cellText(DocxBody.Cell cell) {
            StringBuilder sb = new StringBuilder();
            for (DocxBody.Paragraph p : cell.paragraphs()) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(numbering.label(p)).append(p.text());
            }
            return PipeRow.cellText(sb.toString());
        }
    }

    /** A table holding tables, or of a single column, lays out a page rather than holding data. */
    private static boolean layout(DocxBody.Table table) {
        int maxCells = 0;
        for (DocxBody.Row row : table.rows()) {
            maxCells = Math.max(maxCells, row.cells().size());
            for (DocxBody.Cell cell : row.cells()) if (cell.holdsTables()) return true;
        }
        return maxCells <= 1;
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
