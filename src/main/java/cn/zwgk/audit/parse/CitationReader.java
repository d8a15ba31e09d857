package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a report cites, as written: each 《title》 with the document or decree number right after it, and each
 * number without a title. On normalised text (full-width brackets and digits half-width, spaces beside Chinese gone),
 * so "（国办公开办函﹝2021﹞30 号）" reads as "(国办公开办函〔2021〕30号)".
 */
final class CitationReader {

    /**
     * A document number from its bracket on: year in brackets, serial, 号. The issuer code before it, up to
     * {@link #ISSUER_LENGTH} Chinese characters, is read back from the bracket: a pattern starting with the issuer
     * would be tried at every Chinese character of a paragraph.
     */
    private static final Pattern DOCUMENT = Pattern.compile("[〔\\[【(]((?:19|20)\\d{2})[〕\\]】)]第?(\\d{1,4})号");
    private static final int ISSUER_LENGTH = 12;
    /** A State Council decree: 国务院令第711号 (some reports type 条 for 号). */
    private static final Pattern DECREE = Pattern.compile("国务院令第?(\\d{1,4})([号条])");
    /** The year a notice's title is about: "关于做好2020年度政府信息公开工作年度报告…的通知". */
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年度");
    /** What may stand between a title's 》 and its number: "》(国务院令…", "》，国办公开办函…". */
    private static final Pattern BETWEEN = Pattern.compile("[(,、]?");
    /**
     * The longest title read as one (the longest real ones, notices on the format, are some fifty characters): a 《
     * further back is a quote left open, and a line of brackets costs no more than its length.
     */
    private static final int TITLE_LENGTH = 200;

    List<Citation> read(List<ClaimReader.Text> texts) {
        List<Citation> out = new ArrayList<>();
        for (ClaimReader.Text text : texts) {
            for (Segment s : text.segments()) {
                String t = s.text();
                // a title has its 》, a document number its 号, a decree 国务院令 (号 or 条)
                if (t.indexOf('》') < 0 && t.indexOf('号') < 0 && !t.contains("国务院令")) continue;
                read(s, text.section(), out);
            }
        }
        return out;
    }

    /** A number as written at [start, end): the issuer (国务院令 for a decree), its year (none for a decree), serial, unit. */
    private record Number(int start, int end, String issuer, Integer year, int serial, String unit) {}

    private static void read(Segment s, int section, List<Citation> out) {
        String t = s.text();
        List<Number> numbers = new ArrayList<>();
        int previous = 0;
        for (Matcher m = DOCUMENT.matcher(t); m.find(); ) {
            int start = issuerStart(t, m.start(), previous);
            if (start == m.start()) continue;
            numbers.add(new Number(start, m.end(), t.substring(start, m.start()), Integer.valueOf(m.group(1)),
                    Integer.parseInt(m.group(2)), "号"));
            previous = m.end();
        }
        for (Matcher m = DECREE.matcher(t); m.find(); ) {
            numbers.add(new Number(m.start(), m.end(), "国务院令", null, Integer.parseInt(m.group(1)), m.group(2)));
        }
        numbers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int[] starts = numbers.stream().mapToInt(Number::start).toArray();
        boolean[] taken = new boolean[numbers.size()];
        for (int close = t.indexOf('》'); close >= 0; close = t.indexOf('》', close + 1)) {
            int open = opening(t, close);
            if (open < 0) continue;
            // a number inside a title is part of the title ("关于转发国办公开办函〔2021〕30号文件…的通知")
            for (int k = firstFrom(starts, open + 1); k < starts.length && starts[k] < close; k++) taken[k] = true;
            String title = t.substring(open + 1, close);
            int end = close + 1;
            Number number = null;
            int k = firstFrom(starts, end);
            while (k < starts.length && taken[k]) k++;
            if (k < starts.length && starts[k] - end <= 1 && BETWEEN.matcher(t.substring(end, starts[k])).matches()) {
                number = numbers.get(k);
                taken[k] = true;
            }
            if (number == null) {
                out.add(citation(s, section, title, open, end, null));
            } else {
                // the bracket the number is in closes the quote too: "《…》(国务院令第711号)"
                int to = number.end() < t.length() && t.charAt(number.end()) == ')' && t.charAt(end) == '('
                        ? number.end() + 1 : number.end();
                out.add(citation(s, section, title, open, to, number));
            }
        }
        for (int k = 0; k < numbers.size(); k++) {
            Number n = numbers.get(k);
            if (!taken[k]) out.add(citation(s, section, null, n.start(), n.end(), n));
        }
    }

    /**
     * Where the issuer before the bracket at {@code bracket} starts: the Chinese characters right before it, at most
     * {@link #ISSUER_LENGTH} and none before {@code floor} (the end of the number before); {@code bracket} when none.
     */
    private static int issuerStart(String t, int bracket, int floor) {
        int start = bracket;
        for (int n = 0; n < ISSUER_LENGTH && start > floor; n++) {
            int c = t.codePointBefore(start);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) break;
            start -= Character.charCount(c);
        }
        return start;
    }

    /** The index of the first of the sorted {@code starts} at or after {@code from}. */
    private static int firstFrom(int[] starts, int from) {
        int k = Arrays.binarySearch(starts, from);
        if (k < 0) return -k - 1;
        while (k > 0 && starts[k - 1] == from) k--;
        return k;
    }

    /**
     * The 《 that opens the title closed at {@code close}, across titles nested inside it; -1 when none within
     * {@link #TITLE_LENGTH}.
     */
    private static int opening(String t, int close) {
        int depth = 0;
        for (int i = close - 1; i >= 0 && close - i <= TITLE_LENGTH + 1; i--) {
            char c = t.charAt(i);
            if (c == '》') depth++;
            if (c == '《') {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }

    private static Citation citation(Segment s, int section, String title, int from, int to, Number number) {
        Integer titleYear = null;
        if (title != null) {
            Matcher y = TITLE_YEAR.matcher(title);
            if (y.find()) titleYear = Integer.valueOf(y.group(1));
        }
        String text = s.norm().rawSlice(from, to).strip();
        if (number == null) return new Citation(title, titleYear, null, null, null, null, text, section, s.line());
        return new Citation(title, titleYear, number.issuer(), number.year(), number.serial(), number.unit(), text,
                section, s.line());
    }
}
