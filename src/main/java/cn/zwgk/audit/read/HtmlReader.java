package cn.zwgk.audit.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML page to lines. Site navigation, scripts and footers are dropped; the report body is the smallest element
 * holding the section headings (一、…六、); data tables become pipe rows with merged cells laid out on a grid; layout
 * tables (tables holding tables, or a single column) are read as the blocks they contain. Parsing a string does no
 * network access.
 */
final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "center", "address", "figure",
            "figcaption", "tr", "td", "th", "caption", "hr", "body", "header", "footer", "form", "fieldset");
    private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "iframe", "frame",
            "frameset", "object", "embed", "svg", "canvas", "nav", "aside", "select", "button", "input", "textarea", "map",
            "audio", "video");
    /** an inline style that keeps line breaks: white-space: pre, pre-wrap or pre-line */
    private static final Pattern WHITE_SPACE_PRE = Pattern.compile("(?i)white-space\\s*:\\s*pre");
    /** a section heading: 一、 … 六、 at the start of a short line */
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六]\\s*[、.．]\\s*\\S.{0,40}$");

    private HtmlReader() {}

    static SourceDocument read(String file, DecodedText decoded) {
        Document doc = Jsoup.parse(decoded.text());
        // one pass by tag name: a selector of twenty alternatives tried each of them on every element
        List<Element> junk = new ArrayList<>();
        List<Element> edges = new ArrayList<>();
        doc.traverse((node, depth) -> {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (JUNK.contains(tag)) junk.add(e);
                else if (tag.equals("header") || tag.equals("footer")) edges.add(e);
            }
        });
        junk.forEach(Element::remove);
        for (Element e : edges) {
            if (!e.text().contains("年度报告")) e.remove();
        }
        List<Line> all = new Walker().walk(doc.body());
        LineBuilder out = new LineBuilder();
        for (Line l : reportBody(all)) {
            if (l.rows != null) out.table(l.rows, null);
            else out.text(l.text, null);
        }
        return out.build(file, "html", decoded.charset());
    }

    /** The lines of the smallest element holding the section headings, with the title line in front of it. */
    private static List<Line> reportBody(List<Line> all) {
        Set<Character> numbers = new HashSet<>();
        List<Element> headings = new ArrayList<>();
        for (Line l : all) {
            if (l.rows == null && HEADING.matcher(l.text).matches()) {
                numbers.add(l.text.charAt(0));
                headings.add(l.element);
            }
        }
        if (numbers.size() < 2) return all;
        Element root = commonAncestor(headings);
        List<Line> body = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < all.size(); i++) {
            if (inside(all.get(i).element, root)) {
                if (first < 0) first = i;
                body.add(all.get(i));
            }
        }
        boolean titled = body.stream().limit(3).anyMatch(HtmlReader::title);
        if (!titled) {
            for (int i = first - 1; i >= 0; i--) {
                Line l = all.get(i);
                if (title(l)) {
                    body.add(0, l);
                    break;
                }
            }
        }
        return body;
    }

    private static boolean title(Line l) {
        return l.rows == null && l.text.contains("年度报告") && l.text.length() <= 100;
    }

    private static Element commonAncestor(List<Element> elements) {
        Element root = elements.get(0);
        for (Element e : elements) {
            while (!inside(e, root)) root = root.parent();
        }
        return root;
    }

    private static boolean inside(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) if (p == root) return true;
        return false;
    }

    /** A text line with the block element it came from, or a table's rows. */
    private record Line(String text, List<List<String>> rows, Element element) {}

    /** Walks the DOM without recursion (deeply nested markup must not overflow the stack), breaking at blocks. */
    private static final class Walker implements NodeFilter {
        private final List<Line> lines = new ArrayList<>();
        private final Deque<Element> blocks = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Element textBlock;
        /**
         * The elements the walk is in whose text keeps its line breaks on the page ({@code <pre>}, or an inline
         * style white-space: pre, pre-wrap or pre-line): there a line break in the text ends a line.
         */
        private final Deque<Element> preformatted = new ArrayDeque<>();

        List<Line> walk(Element root) {
            if (root == null) return lines;
            blocks.push(root);
            NodeTraversor.filter(this, root);
            flush();
            return lines;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String whole = t.getWholeText();
                int from = 0;
                for (int nl; !preformatted.isEmpty() && (nl = whole.indexOf('\n', from)) >= 0; from = nl + 1) {
                    append(whole.substring(from, nl));
                    flush();
                }
                append(whole.substring(from));
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("table")) {
                    flush();
                    table(e);
                    return FilterResult.SKIP_ENTIRELY; // no tail() for it: nothing of it may stay on the stacks
                }
                if (keepsLineBreaks(e)) preformatted.push(e);
                if (tag.equals("br")) {
                    flush();
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    blocks.push(e);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(String s) {
            if (s.isEmpty()) return;
            if (text.length() == 0) textBlock = blocks.peek();
            text.append(s);
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!preformatted.isEmpty() && preformatted.peek() == node) preformatted.pop();
            if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !blocks.isEmpty()
                    && blocks.peek() == e) {
                flush();
                blocks.pop();
            }
            return FilterResult.CONTINUE;
        }

        private void flush() {
            if (text.length() > 0) {
                String t = PipeRow.lineText(text.toString());
                if (!t.isEmpty()) lines.add(new Line(t, null, textBlock == null ? blocks.peek() : textBlock));
                text.setLength(0);
            }
            textBlock = null;
        }

        private void table(Element table) {
            // a caption often carries the table's heading ("三、收到和处理政府信息公开申请情况")
            for (Element child : table.children()) {
                if (child.normalName().equals("caption")) {
                    String t = PipeRow.lineText(child.text());
                    if (!t.isEmpty()) lines.add(new Line(t, null, child));
                }
            }
            List<Element> rows = ownRows(table);
            if (layout(table, rows)) {
                // read what the layout table holds, cell by cell, as blocks
                for (Element row : rows) {
                    for (Element cell : row.children()) {
                        if (!isCell(cell)) continue;
                        blocks.push(cell);
                        NodeTraversor.filter(this, cell);
                        flush();
                        blocks.pop();
                    }
                }
                return;
            }
            TableGrid grid = new TableGrid();
            for (Element row : rows) {
                grid.row();
                for (Element cell : row.children()) {
                    if (!isCell(cell)) continue;
                    grid.cell(PipeRow.cellText(cell.text()), span(cell, "rowspan"), span(cell, "colspan"));
                }
            }
            List<List<String>> r = grid.rows();
            if (!r.isEmpty()) lines.add(new Line(null, r, table));
        }

        /** Rows of this table, not of tables nested in it. */
        private static List<Element> ownRows(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                String tag = child.normalName();
                if (tag.equals("tr")) rows.add(child);
                else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    for (Element tr : child.children()) if (tr.normalName().equals("tr")) rows.add(tr);
                }
            }
            return rows;
        }

        /** A table that holds tables, or has a single column, lays out a page rather than holding data. */
        private static boolean layout(Element table, List<Element> rows) {
            if (holdsTable(table)) return true;
            for (Element row : rows) {
                int cells = 0;
                for (Element c : row.children()) if (isCell(c)) cells++;
                if (cells > 1) return false;
            }
            return true;
        }

        private static boolean keepsLineBreaks(Element e) {
            if (e.normalName().equals("pre")) return true;
            String style = e.attr("style");
            return !style.isEmpty() && WHITE_SPACE_PRE.matcher(style).find();
        }

        private static boolean holdsTable(Element table) {
            boolean[] found = {false};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node != table && node instanceof Element e && e.normalName().equals("table")) {
                        found[0] = true;
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
            }, table);
            return found[0];
        }

        private static boolean isCell(Element e) {
            String tag = e.normalName();
            return tag.equals("td") || tag.equals("th");
        }

        private static int span(Element cell, String attr) {
            String v = cell.attr(attr).trim();
            if (v.isEmpty()) return 1;
            try {
                int n = Integer.parseInt(v.replaceAll("[^0-9]", ""));
                return n < 1 ? 1 : n;
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
