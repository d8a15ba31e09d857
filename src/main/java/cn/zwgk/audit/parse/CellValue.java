package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.CellState;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What a table cell's text means: a count, an amount, a placeholder, text, or nothing. */
record CellValue(CellState state, Long value, BigDecimal amount) {

    private static final Pattern INTEGER = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern DASH = Pattern.compile("[-/\\\\×xX*~_.·…]+|无|空|暂无|没有|不适用");

    /** The number of a label standing alone ("(三)", "三、"): never a value. */
    private static final Pattern ENUMERATOR = Pattern.compile("\\(?[一二三四五六七八九十]{1,2}[)、.]");

    static final CellValue BLANK = new CellValue(CellState.BLANK, null, null);
    static final CellValue MISSING = new CellValue(CellState.MISSING, null, null);

    static CellValue of(Token t) {
        return t.value();
    }

    static CellValue parse(String norm) {
        String s = stripSpaces(norm);
        if (s.isEmpty()) return BLANK;
        if (s.length() > 15) return digits(s) ? new CellValue(CellState.TEXT, null, null) : textOrDash(s);
        // every number starts with '-' or a digit and no label does; most cells are plain counts, read without a regex
        char first = s.charAt(0);
        if (first == '-' || (first >= '0' && first <= '9')) {
            if (digits(s) || INTEGER.matcher(s).matches()) {
                long v = Long.parseLong(s.replace(",", ""));
                return new CellValue(CellState.NUMBER, v, BigDecimal.valueOf(v));
            }
            if (NEGATIVE.matcher(s).matches()) {
                long v = Long.parseLong(s);
                return new CellValue(CellState.NEGATIVE, v, BigDecimal.valueOf(v));
            }
            if (DECIMAL.matcher(s).matches()) return new CellValue(CellState.DECIMAL, null, new BigDecimal(s));
        }
        return textOrDash(s);
    }

    private static final CellValue DASH_VALUE = new CellValue(CellState.DASH, null, null);
    private static final CellValue TEXT_VALUE = new CellValue(CellState.TEXT, null, null);

    private static CellValue textOrDash(String s) {
        return DASH.matcher(s).matches() ? DASH_VALUE : TEXT_VALUE;
    }

    /** ASCII digits only (what the patterns' \d accepts); s is never empty here. */
    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (TextNormalizer.isHan(s.charAt(i))) return true;
        return false;
    }

    private static String stripSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextNormalizer.isWhitespace(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) if (!TextNormalizer.isWhitespace(s.charAt(j))) b.append(s.charAt(j));
                return b.toString();
            }
        }
        return s;
    }

    /**
     * Whether a token can be a cell value rather than a label: empty cells, numbers, placeholders, and short text that
     * is no label of the table. Longer unknown text (a label the index does not know, a label cut off at the end of
     * the document) is never taken for a cell.
     */
    static boolean isValue(Token t, LabelIndex labels) {
        if (t.empty()) return true;
        CellState s = of(t).state();
        if (s != CellState.TEXT) return true;
        if (!hasHan(t.norm())) return true;   // "N/A", "12%", 20 digits
        if (labels.matchKey(t.key()) != null) return false;
        if (ENUMERATOR.matcher(t.norm()).matches()) return false;   // "(三)" / "不予公开": a label wrapped after its number
        return t.key().length() <= 3;
    }
}
