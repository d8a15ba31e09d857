package cn.zwgk.audit.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes each seed as the HTML that {@code scripts/render-samples.sh} hands to LibreOffice, laid out as agencies set
 * their reports: a title in two lines when the seed's title names an agency, running header and page-number footer,
 * and tables in narrow columns (a one-character column for table 三's group label, narrow label columns that wrap
 * over two or three lines, number columns so narrow that headers such as 商业企业 wrap).
 *
 * <p>Run through the script, not by tests: the PDF and .docx LibreOffice makes from these are committed under
 * {@code src/test/resources/renderings/libreoffice}, so CI does not need LibreOffice.
 */
final class LibreOfficeSources {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六]、.*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** widths in points of label columns, from the leftmost, by how many label columns the table has */
    private static final int[][] LABEL_WIDTHS = {{}, {96}, {62, 100}, {20, 52, 86}};
    private static final int NUMBER_WIDTH = 32;

    private LibreOfficeSources() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (Path seed : SeedText.seeds()) {
            String name = seed.getFileName().toString().replaceAll("\\.txt$", "");
            Files.writeString(out.resolve(name + ".html"), html(SeedText.of(seed)), StandardCharsets.UTF_8);
        }
    }

    static String html(SeedText seed) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(seed.name))
                .append("</title>\n<style>body { font-family: 'Noto Serif CJK SC'; font-size: 12pt }\n")
                .append("td { font-size: 10pt; vertical-align: middle; text-align: center }\n")
                .append("h1 { font-size: 18pt; text-align: center }</style></head>\n<body>\n")
                .append("<div title=\"header\"><p align=\"right\">政府信息公开工作年度报告</p></div>\n");
        for (int i = 0; i < seed.blocks.size(); i++) {
            SeedText.Block b = seed.blocks.get(i);
            if (b.table()) {
                table(h, b.rows());
            } else if (i == 0 && b.text().contains("年度报告")) {
                h.append("<h1>").append(title(b.text())).append("</h1>\n");
            } else if (HEADING.matcher(b.text()).matches()) {
                h.append("<p><b>").append(esc(b.text())).append("</b></p>\n");
            } else {
                h.append("<p style=\"text-indent: 2em\">").append(esc(b.text())).append("</p>\n");
            }
        }
        h.append("<div title=\"footer\"><p align=\"center\">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1"
                + "</sdfield> -</p></div>\n</body></html>\n");
        return h.toString();
    }

    /** "某某局2023年政府信息公开工作年度报告" → the agency on its own line above the rest, as published titles are set. */
    private static String title(String text) {
        var m = Pattern.compile("^(.+?)(\\s*\\d{4}\\s*年.*)$").matcher(text);
        return m.matches() ? esc(m.group(1)) + "<br>" + esc(m.group(2).strip()) : esc(text);
    }

    private static void table(StringBuilder h, List<List<String>> rows) {
        List<List<String>> grid = PdfRendering.padded(rows);
        int width = grid.get(0).size();
        int labels = labelColumns(grid);
        int[] widths = new int[width];
        int total = 0;
        for (int c = 0; c < width; c++) {
            widths[c] = c < labels ? LABEL_WIDTHS[Math.min(labels, 3)][Math.min(c, 2)] : NUMBER_WIDTH;
            total += widths[c];
        }
        h.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"width: ").append(total)
                .append("pt\">\n<colgroup>");
        for (int w : widths) h.append("<col width=\"").append(w * 4 / 3).append("\">");
        h.append("</colgroup>\n");
        List<SeedText.Span> spans = SeedText.spans(grid);
        for (int r = 0; r < grid.size(); r++) {
            h.append("<tr>");
            for (SeedText.Span s : spans) {
                if (s.row() != r) continue;
                h.append("<td");
                if (s.rowspan() > 1) h.append(" rowspan=\"").append(s.rowspan()).append('"');
                if (s.colspan() > 1) h.append(" colspan=\"").append(s.colspan()).append('"');
                h.append('>').append(esc(s.text().replace(" ", ""))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Label columns: those left of the first column that holds a number in some row (at most three). */
    private static int labelColumns(List<List<String>> grid) {
        int first = grid.get(0).size();
        for (List<String> r : grid) {
            for (int c = 0; c < r.size(); c++) {
                if (NUMBER.matcher(r.get(c)).matches()) {
                    first = Math.min(first, c);
                    break;
                }
            }
        }
        return Math.min(first, 3);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
