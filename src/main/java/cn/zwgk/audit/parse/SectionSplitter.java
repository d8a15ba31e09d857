package cn.zwgk.audit.parse;

import cn.zwgk.audit.read.SourceLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six section headings (spec §3) and cuts the document at them. A heading is "一、…" to "六、…" with the
 * section's keywords, at the start of a line or after whitespace inside a long line (real-openings/016), never inside
 * a table row (no cell separator) and never a table-三 row label such as "三、本年度办理结果". A report that numbers
 * none of its parts so is read again for "1、总体情况" to "6、…" at line starts (real-openings-2/020): the number must
 * be the part's own, so its items ("1、主动公开" under 总体情况) are not taken for parts. Failing that, for lines that
 * are a part's heading word for word with no number or another one ("总体情况", "第一部分 总体情况", "(一)总体情况":
 * a web page whose headings are a numbered list shows no numbers in its text), at least two of them. Such headings
 * are variants.
 */
final class SectionSplitter {

    /** How the parts are numbered: the format's 一 to 六, or the digits some reports use instead. */
    private record Numbering(FirstCharSearch search, Pattern prefix, Pattern numeralOnly, String numerals,
                             boolean lineStartOnly) {}

    // the numeral, at the start of the line or after whitespace, Markdown or bold marks ("## 一、总体情况",
    // "**一、总体情况**"), then 、 . ． or a comma typed for 、, or only a space ("一 总体情况", PDF). Written numeral
    // first, with the look back at what precedes it after it, so that only the positions of the six numerals are
    // tried: most lines hold none at a line start or after a space. A line that holds only a heading's numeral has
    // the heading's words on the next line (PDF layouts).
    private static final Numbering CHINESE = new Numbering(FirstCharSearch.of(Pattern.compile(
            "(一|二|三|四|五|六)(?<![^\\s\\u3000\\u00A0#*].)(?:\\s*[、.．,，]|[\\s\\u3000]+(?=\\S))")),
            Pattern.compile("^[一二三四五六][、.,\\s]*"),
            Pattern.compile("[#*\\s\\u3000]*[一二三四五六]\\s*[、.．,，]?\\s*"), "一二三四五六", false);
    // digits only with 、 or a full stop after them ("1、总体情况", "2.主动公开政府信息情况"), and only at a line start
    private static final Numbering DIGITS = new Numbering(FirstCharSearch.of(Pattern.compile(
            "(1|2|3|4|5|6)(?<![^\\s\\u3000\\u00A0#*].)(?:\\s*[、.．](?!\\d))")),
            Pattern.compile("^[1-6][、.\\s]*"), Pattern.compile("(?!)"), "123456", true);
    /** A whole line that is a part's heading without its numeral: no number, 第一部分, (一). */
    private static final Numbering WORDS = new Numbering(null, Pattern.compile(
            "^(第[一二三四五六]部分[:\\s]*|\\([一二三四五六]\\)\\s*)?"), Pattern.compile("(?!)"), "", true);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.:,;!?、*#\\s]+$");
    private static final Pattern DECORATION = Pattern.compile("[*#\\s]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[*#\\s]+");

    private final ParserConfig config;

    SectionSplitter(ParserConfig config) {
        this.config = config;
    }

    Outline split(List<SourceLine> lines) {
        Outline outline = split(lines, CHINESE);
        if (!outline.parts().isEmpty()) return outline;
        Outline digits = split(lines, DIGITS);
        if (!digits.parts().isEmpty()) return digits;
        Outline words = split(lines, WORDS);
        return words.parts().size() >= 2 ? words : outline;
    }

    private Outline split(List<SourceLine> lines, Numbering numbering) {
        List<Segment> preamble = new ArrayList<>();
        List<Outline.Part> parts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<Segment> current = preamble;
        SourceLine numeral = null;
        for (SourceLine line : lines) {
            cn.zwgk.audit.limits.Budget.check();
            String raw = line.text();
            if (numeral != null) {
                String joined = numeral.text().strip() + raw.strip();
                List<Found> h = headings(joined, numbering);
                if (!h.isEmpty() && h.get(0).start == 0) raw = joined;
                else current.add(new Segment(numeral.number(), TextNormalizer.normalize(numeral.text())));
                numeral = null;
            }
            if (numbering.numeralOnly().matcher(raw).matches()) {
                numeral = line;
                continue;
            }
            int pos = 0;
            for (Found f : headings(raw, numbering)) {
                if (!seen.add(f.def.number())) {
                    int k = 0;
                    while (parts.get(k).def().number() != f.def.number()) k++;
                    if (!headingsOnly(parts.subList(k, parts.size()))) continue;
                    // the headings seen so far from this number on were a table of contents ("目录", "一、总体情况……1"):
                    // they are text of what precedes them, and the real sections start here
                    List<Segment> before = k == 0 ? preamble : parts.get(k - 1).body();
                    for (Outline.Part toc : parts.subList(k, parts.size())) {
                        addSegment(before, toc.line(), toc.heading());
                        before.addAll(toc.body());
                        seen.remove(toc.def().number());
                    }
                    parts.subList(k, parts.size()).clear();
                    seen.add(f.def.number());
                    if (f.start > pos) addSegment(before, line.number(), raw.substring(pos, f.start));
                    pos = f.start;
                }
                if (f.start > pos) addSegment(current, line.number(), raw.substring(pos, f.start));
                current = new ArrayList<>();
                parts.add(new Outline.Part(f.def, f.heading, f.variant, line.number(), current));
                pos = f.end;
            }
            if (pos == 0) current.add(new Segment(line.number(), TextNormalizer.normalize(raw)));
            else if (pos < raw.length()) addSegment(current, line.number(), raw.substring(pos));
        }
        if (numeral != null) current.add(new Segment(numeral.number(), TextNormalizer.normalize(numeral.text())));
        boolean endsAtEof = true;
        if (!parts.isEmpty()) {
            List<Segment> last = parts.get(parts.size() - 1).body();
            for (int i = 0; i < last.size(); i++) {
                if (isWebsiteText(last.get(i))) {
                    last.subList(i, last.size()).clear();
                    endsAtEof = false;
                    break;
                }
            }
        }
        return new Outline(preamble, parts, endsAtEof);
    }

    /**
     * Headings with nothing between them: a table of contents. Text after its last entry (the preamble that follows a
     * contents list) is allowed when the list has at least three entries.
     */
    private static boolean headingsOnly(List<Outline.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            if (last && parts.size() >= 3) return true;
            for (Segment s : parts.get(i).body()) if (!s.blank()) return false;
        }
        return true;
    }

    private static void addSegment(List<Segment> to, int line, String raw) {
        if (!raw.isBlank()) to.add(new Segment(line, TextNormalizer.normalize(raw)));
    }

    private boolean isWebsiteText(Segment s) {
        String t = s.text().strip();
        if (t.isEmpty() || t.length() > config.endMaxLength()) return false;
        for (Pattern p : config.endPatterns()) if (p.matcher(t).find()) return true;
        return false;
    }

    private record Found(ParserConfig.Heading def, String heading, boolean variant, int start, int end) {}

    /** Headings in one line, in order; {@code end} is where the body text after the heading starts. */
    private List<Found> headings(String raw, Numbering numbering) {
        List<Found> found = new ArrayList<>();
        if (raw.indexOf('|') >= 0 || raw.indexOf('｜') >= 0) return found;   // a table row, never a heading
        if (numbering == WORDS) {
            Found f = wholeHeading(raw);
            if (f != null) found.add(f);
            return found;
        }
        FirstCharSearch search = numbering.search();
        Matcher m = search.matcher(raw);
        for (int from = 0; from < raw.length() && search.find(m, raw, from); from = m.end()) {
            int start = m.start(1);
            String stripped = raw.strip();
            boolean lineStart = raw.substring(0, start).replace('#', ' ').replace('*', ' ').isBlank();
            if (!lineStart && numbering.lineStartOnly()) continue;
            int end;
            if (lineStart && TextNormalizer.normalize(stripped).text().length()
                    <= config.headingMaxLength()) {
                end = raw.length();
            } else {
                end = start;
                while (end < raw.length() && !Character.isWhitespace(raw.charAt(end))) end++;
            }
            // "一、总体情况：2021年，……" — the heading ends at the first colon or full stop followed by text
            Found f = null;
            int stop = start;
            while (stop < end && "：:。".indexOf(raw.charAt(stop)) < 0) stop++;
            if (stop < end - 1) f = match(raw.substring(start, stop), start, stop + 1, numbering);
            if (f == null) f = match(raw.substring(start, end), start, end, numbering);
            if (f != null && lineStart) f = new Found(f.def, f.heading, f.variant, 0, f.end);   // "## " is no text
            if (f != null) found.add(f);
        }
        return found;
    }

    /** The whole line as a part's heading word for word, after an optional 第X部分 or (X). */
    private Found wholeHeading(String raw) {
        String norm = TextNormalizer.normalize(raw.strip()).text();
        // marks before it ("## ", "**"), marks and punctuation after it (TRAILING_PUNCTUATION holds DECORATION's)
        String trimmed = TRAILING_PUNCTUATION.matcher(LEADING_MARKS.matcher(norm).replaceFirst("")).replaceAll("");
        if (trimmed.isEmpty() || trimmed.length() > config.headingMaxLength()) return null;
        String key = TextNormalizer.labelKey(WORDS.prefix().matcher(trimmed).replaceFirst(""));
        for (ParserConfig.Heading h : config.sections()) {
            if (h.canonicalKey().equals(key)) {
                return new Found(h, DECORATION.matcher(raw.strip()).replaceAll(""), true, 0, raw.length());
            }
        }
        return null;
    }

    private Found match(String candidate, int start, int end, Numbering numbering) {
        String norm = TextNormalizer.normalize(candidate).text();
        String trimmed = TRAILING_PUNCTUATION.matcher(norm).replaceAll("");
        if (trimmed.length() > config.headingMaxLength() || trimmed.length() < 3) return null;
        int number = numbering.numerals().indexOf(trimmed.charAt(0)) + 1;
        if (number < 1) return null;
        ParserConfig.Heading def = null;
        for (ParserConfig.Heading h : config.sections()) if (h.number() == number) def = h;
        if (def == null) return null;
        String body = numbering.prefix().matcher(trimmed).replaceFirst("");
        boolean matches = false;
        for (List<String> words : def.match()) {
            boolean all = true;
            for (String w : words) all &= body.contains(w);
            if (all) {
                matches = true;
                break;
            }
        }
        if (!matches) return null;
        LabelIndex.Hit row = config.t3().match(trimmed);
        if (row != null && (row.entry().kind() == LabelIndex.Kind.ROW || row.entry().kind() == LabelIndex.Kind.GROUP)) {
            return null;
        }
        boolean variant = numbering != CHINESE || !TextNormalizer.labelKey(body).equals(def.canonicalKey());
        return new Found(def, DECORATION.matcher(candidate.strip()).replaceAll(""), variant, start, end);
    }
}
