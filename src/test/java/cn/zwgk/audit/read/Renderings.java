package cn.zwgk.audit.read;

import java.util.List;
import java.util.regex.Pattern;

/** Renders a {@link SeedText} the way agencies publish reports: a web page, and text in legacy encodings. */
final class Renderings {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六]、.*");

    private Renderings() {}

    /**
     * A government web page: head with script and style, site navigation, a layout table with a side menu, the title
     * above the article with a date line, paragraphs (some joined with {@code <br>}), data tables with merged cells,
     * and a footer.
     */
    static String html(SeedText seed) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(seed.name)).append(" - 政府信息公开</title>\n")
                .append("<script>var nav = '一、总体情况'; document.write('<p>二、脚本</p>');</script>\n")
                .append("<style>td { border: 1px solid #000 }</style></head>\n<body>\n")
                .append("<div class=\"top\"><nav><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | "
                        + "<a href=\"/hdjl\">互动交流</a></nav></div>\n")
                .append("<table class=\"layout\" width=\"1000\"><tr><td class=\"side\" width=\"200\">"
                        + "<p>栏目导航</p><p>政府信息公开年报</p><p>2022年年报</p></td>\n<td class=\"main\">\n");
        List<SeedText.Block> blocks = seed.blocks;
        int start = 0;
        if (!blocks.isEmpty() && !blocks.get(0).table() && blocks.get(0).text().contains("年度报告")) {
            h.append("<div class=\"title\"><h1>").append(esc(blocks.get(0).text())).append("</h1>")
                    .append("<div class=\"info\">发布日期：2024-01-20　来源：本机关</div></div>\n");
            start = 1;
        }
        h.append("<div class=\"article\">\n");
        for (int i = start; i < blocks.size(); i++) {
            SeedText.Block b = blocks.get(i);
            if (b.table()) {
                table(h, b.rows());
                continue;
            }
            // two plain paragraphs in a row share a <p>, split by <br>
            boolean joinNext = !HEADING.matcher(b.text()).matches() && i + 1 < blocks.size()
                    && !blocks.get(i + 1).table() && !HEADING.matcher(blocks.get(i + 1).text()).matches()
                    && i % 3 == 0;
            if (joinNext) {
                h.append("<p>").append(esc(b.text())).append("<br>\n<span>").append(esc(blocks.get(i + 1).text()))
                        .append("</span></p>\n");
                i++;
            } else if (HEADING.matcher(b.text()).matches()) {
                h.append("<p><strong>").append(esc(b.text())).append("</strong></p>\n");
            } else {
                h.append("<p style=\"text-indent:2em\">").append(esc(b.text())).append("</p>\n");
            }
        }
        h.append("</div>\n</td></tr></table>\n")
                .append("<footer><p>主办单位：某市人民政府办公室　网站标识码：5301000001　ICP备案号：滇ICP备00000000号</p>"
                        + "<p>一、联系我们　二、网站地图</p></footer>\n</body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, List<List<String>> rows) {
        h.append("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
        List<SeedText.Span> spans = SeedText.spans(rows);
        for (int r = 0; r < rows.size(); r++) {
            h.append("<tr>");
            for (SeedText.Span s : spans) {
                if (s.row() != r) continue;
                h.append("<td");
                if (s.rowspan() > 1) h.append(" rowspan=\"").append(s.rowspan()).append('"');
                if (s.colspan() > 1) h.append(" colspan=\"").append(s.colspan()).append('"');
                h.append('>');
                // cells with a space in them ("商业 企业") are printed over two lines
                h.append(esc(s.text()).replace(" ", "<br>"));
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
