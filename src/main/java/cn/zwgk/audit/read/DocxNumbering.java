package cn.zwgk.audit.read;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Word's automatic numbering: headings such as "一、总体情况" or "(一)主动公开情况" often carry their number in the list
 * definition, not in the text. The number is rebuilt in document order so the line reads as printed.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String DIGITS = "〇一二三四五六七八九";

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The number the paragraph shows before its text ("一、", "(二)", "3."), or "" when it has none. */
    String label(XWPFParagraph p) {
        try {
            return compute(p);
        } catch (RuntimeException e) {
            return ""; // a broken list definition costs the number, not the document
        }
    }

    private String compute(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null) return "";
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null) return "";
        int ilvl = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(LEVELS - 1, p.getNumIlvl().intValue()));
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
            int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) levels[i] = l;
        }
        CTLvl lvl = levels[ilvl];
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) return "";
        int[] c = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        c[ilvl] = c[ilvl] == 0 ? start(num, levels, ilvl) : c[ilvl] + 1;
        for (int k = ilvl + 1; k < LEVELS; k++) c[k] = 0;
        String fmt = format(lvl);
        if (fmt.equals("bullet") || fmt.equals("none")) return "";
        StringBuilder sb = new StringBuilder();
        String text = lvl.getLvlText().getVal();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(++i) - '1';
                int value = c[k] == 0 ? start(num, levels, k) : c[k];
                sb.append(number(value, levels[k] == null ? "decimal" : format(levels[k])));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static int start(XWPFNum num, CTLvl[] levels, int ilvl) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == ilvl && o.getStartOverride() != null) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        CTLvl l = levels[ilvl];
        return l != null && l.getStart() != null ? l.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl l) {
        return l.getNumFmt() == null || l.getNumFmt().getVal() == null ? "decimal" : l.getNumFmt().getVal().toString();
    }

    static String number(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
                 "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital" -> digits(n);
            case "chineseLegalSimplified" -> chinese(n).replace('一', '壹').replace('二', '贰').replace('三', '叁')
                    .replace('四', '肆').replace('五', '伍').replace('六', '陆').replace('七', '柒').replace('八', '捌')
                    .replace('九', '玖').replace('十', '拾');
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            default -> String.valueOf(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 */
    private static String chinese(int n) {
        if (n <= 0 || n >= 10000) return String.valueOf(n);
        String[] units = {"", "十", "百", "千"};
        StringBuilder sb = new StringBuilder();
        String s = String.valueOf(n);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero && sb.length() > 0) sb.append('零');
            zero = false;
            if (!(d == 1 && unit == 1 && sb.length() == 0)) sb.append(DIGITS.charAt(d));
            sb.append(units[unit]);
        }
        return sb.toString();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) sb.append(DIGITS.charAt(ch - '0'));
        return sb.toString();
    }

    private static String letters(int n, char a) {
        if (n <= 0) return String.valueOf(n);
        char ch = (char) (a + (n - 1) % 26);
        return String.valueOf(ch).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) {
            sb.append(r[i]);
            n -= v[i];
        }
        return sb.toString();
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) sb.append((char) (ch - '0' + '０'));
        return sb.toString();
    }
}
