package cn.zwgk.audit.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF to lines. Text is taken with its positions; tables are rebuilt from their drawn borders (merged cells
 * included) and continue across pages because page numbers and running footers between their parts are dropped;
 * the lines of a paragraph that the page wrapped are joined again.
 */
final class PdfReader {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final long MAX_MEMORY = 256L * 1024 * 1024;
    private static final int MAX_PAGES = 500;
    /** page numbers: "3", "- 3 -", "第3页", "第 3 页 共 9 页", "3/9" */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[-—–\\s]*(第\\s*)?\\d{1,4}\\s*(页)?\\s*((/|共)\\s*\\d{1,4}\\s*(页)?)?[-—–\\s]*$");
    private static final Pattern HEADING_START =
            Pattern.compile("^([一二三四五六七八九十]+\\s*[、.．]|[(（]\\s*[一二三四五六七八九十]+\\s*[)）]).*");

    private PdfReader() {}

    static SourceDocument read(String file, byte[] bytes) throws UnreadableInputException {
        return read(file, bytes, true);
    }

    /** @param textOnly whether fonts are made without their programs where the text allows ({@link TextOnlyFonts}) */
    static SourceDocument read(String file, byte[] bytes, boolean textOnly) throws UnreadableInputException {
        List<Item> items = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) throw new UnreadableInputException("PDF 文件没有页面");
            if (pages > MAX_PAGES) throw new UnreadableInputException("PDF 页数过多（" + pages + " 页），不像是一份年度报告");
            if (textOnly) pdf.setResourceCache(new TextOnlyFonts());
            PdfPages content = PdfPages.of(pdf);
            Map<Integer, List<PdfGlyph>> glyphs = content.glyphs();
            java.util.Set<String> running = runningText(pdf, glyphs);
            float[] carry = null;
            float looseFont = 0;
            Item last = null;
            for (int p = 1; p <= pages; p++) {
                PDPage page = pdf.getPage(p - 1);
                List<Item> onPage = page(p, page.getCropBox().getHeight(), glyphs.getOrDefault(p, List.of()),
                        content.rulings(p), carry, looseFont, running);
                if (last != null && last.found() != null && !onPage.isEmpty() && onPage.get(0).found() != null) {
                    PdfTables.joinAcrossPageBreak(last.found(), onPage.get(0).found());
                }
                items.addAll(onPage);
                // a table that ends the page may go on at the top of the next one
                last = onPage.isEmpty() ? null : onPage.get(onPage.size() - 1);
                carry = last != null && last.rows() != null ? last.columns() : null;
                looseFont = last != null && last.rows() != null ? last.looseFont() : 0;
            }
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("PDF 文件已加密，需要密码才能打开，请提供未加密的文件", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox's English detail ("Missing root object specification…") says nothing to a clerk
            throw new UnreadableInputException("PDF 文件已损坏或不完整，文件结构无法解析，请重新导出 PDF 后再检查", e);
        }
        LineBuilder out = new LineBuilder();
        emit(items, out);
        if (out.isEmpty()) {
            throw new UnreadableInputException("PDF 中没有可提取的文字（可能是扫描件或图片），请提供文字版的报告");
        }
        return out.build(file, "pdf", "UTF-8");
    }

    /** A text line or a table, in reading order. */
    private record Item(int page, float y, List<PdfGlyph> line, List<List<String>> rows, float[] columns,
                        float looseFont, PdfTables.Found found) {
        float left() {
            return line.get(0).x();
        }

        float right() {
            return line.get(line.size() - 1).right();
        }

        float size() {
            return line.get(0).size();
        }
    }

    private static List<Item> page(int p, float height, List<PdfGlyph> glyphs, List<PdfRulings.Line> rulings,
                                   float[] carry, float looseFont, java.util.Set<String> running) {
        List<Item> items = new ArrayList<>();
        // text above any table decides whether a table at the top continues the previous page's
        float firstText = Float.MAX_VALUE;
        for (PdfGlyph g : glyphs) {
            if (!g.space() && !margin(g.baseline(), height)) firstText = Math.min(firstText, g.baseline());
        }
        List<PdfTables.Found> tables = PdfTables.find(rulings, glyphs, carry, firstText);
        java.util.Set<PdfGlyph> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PdfTables.Found t : tables) {
            taken.addAll(t.glyphs());
            if (!t.rows().isEmpty()) items.add(new Item(p, t.top(), null, t.rows(), t.columns(), 0, t));
        }
        List<PdfGlyph> rest = new ArrayList<>();
        for (PdfGlyph g : glyphs) if (!taken.contains(g)) rest.add(g);
        for (List<PdfGlyph> line : PdfLines.lines(rest)) {
            if (line.stream().allMatch(PdfGlyph::space)) continue;
            float y = line.get(0).baseline();
            if (margin(y, height)) {
                String t = PdfLines.text(line).strip();
                if (PAGE_NUMBER.matcher(t).matches() || running.contains(DIGITS.matcher(t).replaceAll("#"))) {
                    continue;
                }
            }
            items.add(new Item(p, y, line, null, null, 0, null));
        }
        items.sort(Comparator.comparingDouble(Item::y));
        return looseTables(p, items, looseFont);
    }

    /**
     * Runs of text lines that form a table without borders (see {@link PdfLooseTables}) become one table item: from a
     * line with parts in three or more columns (or the first line of a page that continues one), back over the header
     * lines above it and on over the lines below in the same font and at table spacing.
     */
    private static List<Item> looseTables(int p, List<Item> items, float continuedFont) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        int taken = -1; // lines up to here are in a table already
        while (i < items.size()) {
            Item it = items.get(i);
            // a borderless table that ended the previous page goes on with the first lines of this one
            boolean continued = i == 0 && it.rows() == null && Math.abs(it.size() - continuedFont) < 0.3f
                    && (columns(it) >= 2 || items.size() > 1 && tableLine(items.get(1), it, it.size())
                        && columns(items.get(1)) >= 2);
            if (it.rows() != null || !continued && !PdfLooseTables.row(it.line())) {
                out.add(it);
                i++;
                continue;
            }
            float size = it.size();
            int start = i;
            while (start - 1 > taken && tableLine(items.get(start - 1), items.get(start), size)
                    && columns(items.get(start - 1)) >= 2) {
                start--;
            }
            int end = i;
            while (end + 1 < items.size() && tableLine(items.get(end + 1), items.get(end), size)) end++;
            // header lines taken back belong to the table, not to the text before it
            out.subList(out.size() - (i - start), out.size()).clear();
            List<List<PdfGlyph>> lines = new ArrayList<>();
            for (int k = start; k <= end; k++) lines.add(items.get(k).line());
            out.add(new Item(p, items.get(start).y(), null, PdfLooseTables.rows(lines), null, size, null));
            taken = end;
            i = end + 1;
        }
        return out;
    }

    private static int columns(Item line) {
        return PdfLines.segments(line.line(), PdfLooseTables.CELL_GAP).size();
    }

    /** A line next to a table line that belongs to the same table: text, same font, no wider gap than a row. */
    private static boolean tableLine(Item line, Item neighbour, float size) {
        if (line.rows() != null || neighbour.rows() != null) return false;
        if (Math.abs(line.size() - size) > 0.3f) return false;
        if (Math.abs(line.y() - neighbour.y()) > size * 2.5f) return false;
        return !HEADING_START.matcher(PdfLines.text(line.line()).strip()).matches()
                || columns(line) >= 2;
    }

    /**
     * Running headers and footers: text in the top or bottom margin that recurs on two or more pages (numbers aside),
     * such as the report's title over every page. Dropped so that tables and paragraphs run on across the break.
     */
    private static java.util.Set<String> runningText(PDDocument pdf, Map<Integer, List<PdfGlyph>> glyphs) {
        Map<String, Integer> pages = new HashMap<>();
        for (var e : glyphs.entrySet()) {
            float height = pdf.getPage(e.getKey() - 1).getCropBox().getHeight();
            List<PdfGlyph> inMargin = new ArrayList<>();
            for (PdfGlyph g : e.getValue()) if (margin(g.baseline(), height)) inMargin.add(g);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (List<PdfGlyph> line : PdfLines.lines(inMargin)) {
                String t = DIGITS.matcher(PdfLines.text(line).strip()).replaceAll("#");
                if (!t.isEmpty() && seen.add(t)) pages.merge(t, 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        pages.forEach((t, n) -> {
            if (n >= 2) out.add(t);
        });
        return out;
    }

    /** In the top or bottom margin, where page numbers and running headers stand. */
    private static boolean margin(float y, float height) {
        return y < height * 0.08f || y > height * 0.92f;
    }

    /** Tables as pipe rows; text lines joined into paragraphs where the page only wrapped them. */
    private static void emit(List<Item> items, LineBuilder out) {
        Map<Integer, float[]> edges = edges(items);
        Map<Integer, Float> pitch = pitches(items);
        List<String> parts = new ArrayList<>();
        String origin = null;
        Item prev = null;
        for (Item it : items) {
            if (it.rows() != null) {
                flush(parts, origin, out);
                out.table(it.rows(), "第" + it.page() + "页");
                prev = null;
                continue;
            }
            String text = PdfLines.text(it.line());
            if (prev != null && prev.rows() == null && continues(prev, it, edges, pitch, text)) {
                parts.add(text);
            } else {
                flush(parts, origin, out);
                parts.add(text);
                origin = "第" + it.page() + "页";
            }
            prev = it;
        }
        flush(parts, origin, out);
    }

    private static void flush(List<String> parts, String origin, LineBuilder out) {
        if (!parts.isEmpty()) out.text(PdfLines.join(parts), origin);
        parts.clear();
    }

    /**
     * Does {@code next} continue the paragraph of {@code prev}? Only when prev runs to the right edge of the text,
     * next is not indented, does not start a heading, and (on the same page) follows at the usual line distance.
     */
    private static boolean continues(Item prev, Item next, Map<Integer, float[]> edges, Map<Integer, Float> pitch,
                                     String nextText) {
        float size = prev.size();
        if (HEADING_START.matcher(nextText.strip()).matches()) return false;
        if (prev.page() == next.page()) {
            float gap = next.y() - prev.y();
            float usual = pitch.getOrDefault(prev.page(), size * 1.6f);
            if (gap > Math.max(usual, size * 1.6f) + size * 0.3f) return false;
        }
        float[] e = edges.get(prev.page());
        // the line was wrapped only if the next line's first word would not have fitted after it
        // (with room for one more character: opening quotes stay with the character after them)
        if (prev.right() + firstWordWidth(next.line()) + size * 1.2f < e[1]) return false;
        float[] ne = edges.get(next.page());
        boolean indented = next.left() > ne[0] + size * 0.8f;
        boolean centred = Math.abs((next.left() - ne[0]) - (ne[1] - next.right())) < size * 1.5f;
        return !indented || centred && Math.abs(next.size() - size) < 0.5f;
    }

    /** Width of a line's leading word: up to the first space or Chinese character after the first glyph. */
    private static float firstWordWidth(List<PdfGlyph> line) {
        PdfGlyph first = line.get(0);
        float right = first.right();
        for (int i = 1; i < line.size(); i++) {
            PdfGlyph g = line.get(i);
            if (g.space() || PdfGlyph.cjk(g.text().charAt(0))) break;
            right = g.right();
        }
        return right - first.x();
    }

    /** Per page, the left and right edges of its text lines. */
    private static Map<Integer, float[]> edges(List<Item> items) {
        Map<Integer, float[]> m = new HashMap<>();
        for (Item it : items) {
            if (it.rows() != null) continue;
            float[] e = m.computeIfAbsent(it.page(), k -> new float[] {Float.MAX_VALUE, 0});
            e[0] = Math.min(e[0], it.left());
            e[1] = Math.max(e[1], it.right());
        }
        return m;
    }

    /** Per page, the most common distance between consecutive text lines: the line pitch within a paragraph. */
    private static Map<Integer, Float> pitches(List<Item> items) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        Item prev = null;
        for (Item it : items) {
            if (it.rows() == null && prev != null && prev.rows() == null && prev.page() == it.page()) {
                int key = Math.round((it.y() - prev.y()) * 2);
                counts.computeIfAbsent(it.page(), k -> new HashMap<>()).merge(key, 1, Integer::sum);
            }
            prev = it;
        }
        Map<Integer, Float> out = new HashMap<>();
        counts.forEach((page, c) -> c.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(best -> out.put(page, best.getKey() / 2f)));
        return out;
    }
}
