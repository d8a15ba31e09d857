package cn.zwgk.audit.read;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word's automatic numbering: headings such as "一、总体情况" or "(一)主动公开情况" often carry their number in the list
 * definition, not in the text. The number is rebuilt in document order so the line reads as printed. The list
 * definitions come from the numbering part (word/numbering.xml), read here with StAX whichever way the body was read;
 * values stay as written, and a value that is no number costs the paragraph its number, not the document.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String DIGITS = "〇一二三四五六七八九";

    /** A w:num: its abstractNumId (null when the element is absent) and its lvlOverride start values. */
    private record Num(String numId, Val abstractNumId, List<Override> overrides) {}

    private record Override(String ilvl, Val startOverride) {}

    /** A w:lvl: null fields are absent elements; a present element without w:val is a {@link Val} holding null. */
    private record Level(String ilvl, Val start, Val numFmt, Val lvlText) {}

    private record Abstract(String abstractNumId, List<Level> levels) {}

    /** An element's w:val, null when the element has no such attribute. */
    private record Val(String val) {}

    /** A paragraph style's numPr values and the style it is based on (each null when absent). */
    record StyleNumbering(String numId, String ilvl, String basedOn) {}

    private final List<Num> nums;
    private final List<Abstract> abstracts;
    private final Map<String, StyleNumbering> styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private DocxNumbering(List<Num> nums, List<Abstract> abstracts, Map<String, StyleNumbering> styles) {
        this.nums = nums;
        this.abstracts = abstracts;
        this.styles = styles;
    }

    /** A document without list definitions numbers nothing. */
    static DocxNumbering none() {
        return new DocxNumbering(List.of(), List.of(), Map.of());
    }

    /**
     * The paragraph styles of a styles part (word/styles.xml) with their numbering: a heading style linked to a list
     * numbers every paragraph in that style that does not say otherwise ("一、" on each 标题 1).
     */
    static Map<String, StyleNumbering> styles(XMLStreamReader r) throws XMLStreamException {
        Map<String, StyleNumbering> styles = new HashMap<>();
        String id = null;
        String[] v = null;
        int depth = 0;
        int numPrDepth = -1; // the depth of the numPr the reader is in, -1 outside it
        boolean seenNumPr = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                boolean w = DocxXml.W.equals(r.getNamespaceURI());
                String name = r.getLocalName();
                if (w && name.equals("style") && "paragraph".equals(DocxXml.attr(r, "type"))) {
                    id = DocxXml.attr(r, "styleId");
                    v = new String[3];
                } else if (v != null && w && name.equals("basedOn") && v[2] == null) {
                    v[2] = DocxXml.attr(r, "val");
                } else if (v != null && w && name.equals("numPr") && !seenNumPr) {
                    seenNumPr = true;
                    numPrDepth = depth;
                } else if (v != null && w && numPrDepth > 0 && depth == numPrDepth + 1 && name.equals("numId")
                        && v[0] == null) {
                    v[0] = DocxXml.attr(r, "val");
                } else if (v != null && w && numPrDepth > 0 && depth == numPrDepth + 1 && name.equals("ilvl")
                        && v[1] == null) {
                    v[1] = DocxXml.attr(r, "val");
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == numPrDepth) numPrDepth = -1;
                depth--;
                if (DocxXml.W.equals(r.getNamespaceURI()) && r.getLocalName().equals("style")) {
                    if (id != null && v != null) styles.putIfAbsent(id, new StyleNumbering(v[0], v[1], v[2]));
                    id = null;
                    v = null;
                    numPrDepth = -1;
                    seenNumPr = false;
                }
            }
        }
        return styles;
    }

    /** Reads a numbering part, with the document's paragraph styles; the caller's factory refuses DTDs. */
    static DocxNumbering read(XMLStreamReader r, Map<String, StyleNumbering> styles) throws XMLStreamException {
        List<Num> nums = new ArrayList<>();
        List<Abstract> abstracts = new ArrayList<>();
        Num num = null;
        Abstract abs = null;
        String overrideIlvl = null;
        Val[] level = null;
        String levelIlvl = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && DocxXml.W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "num" -> num = new Num(DocxXml.attr(r, "numId"), null, new ArrayList<>());
                    case "abstractNumId" -> {
                        if (num != null && num.abstractNumId() == null) num = new Num(num.numId(), val(r), num.overrides());
                    }
                    case "lvlOverride" -> overrideIlvl = DocxXml.attr(r, "ilvl");
                    case "startOverride" -> {
                        if (num != null && overrideIlvl != null) num.overrides().add(new Override(overrideIlvl, val(r)));
                    }
                    case "abstractNum" -> abs = new Abstract(DocxXml.attr(r, "abstractNumId"), new ArrayList<>());
                    case "lvl" -> {
                        level = new Val[3];
                        levelIlvl = DocxXml.attr(r, "ilvl");
                    }
                    case "start", "numFmt", "lvlText" -> {
                        int k = switch (r.getLocalName()) { case "start" -> 0; case "numFmt" -> 1; default -> 2; };
                        if (level != null && level[k] == null) level[k] = val(r);
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && DocxXml.W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "num" -> {
                        if (num != null) nums.add(num);
                        num = null;
                    }
                    case "lvlOverride" -> overrideIlvl = null;
                    case "abstractNum" -> {
                        if (abs != null) abstracts.add(abs);
                        abs = null;
                    }
                    case "lvl" -> {
                        if (abs != null && level != null) abs.levels().add(new Level(levelIlvl, level[0], level[1], level[2]));
                        level = null;
                    }
                    default -> { }
                }
            }
        }
        return new DocxNumbering(nums, abstracts, styles);
    }

    private static Val val(XMLStreamReader r) {
        return new Val(DocxXml.attr(r, "val"));
    }

    /** The number the paragraph shows before its text ("一、", "(二)", "3."), or "" when it has none. */
    String label(DocxBody.Paragraph p) {
        try {
            return compute(p);
        } catch (RuntimeException e) {
            return ""; // a broken list definition costs the number, not the document
        }
    }

    private String compute(DocxBody.Paragraph p) {
        String id = p.numId();
        String level = p.ilvl();
        if (id == null) {
            // numbered through its style (or a style that one is based on), as Word shows it
            StyleNumbering s = styleNumbering(p.style());
            if (s == null) return "";
            id = s.numId();
            if (level == null) level = s.ilvl();
        }
        BigInteger numId = integer(id);
        Num num = nums.stream().filter(n -> numId.equals(integer(n.numId()))).findFirst().orElse(null);
        if (num == null || num.abstractNumId() == null) return "";
        BigInteger absId = num.abstractNumId().val() == null ? null : integer(num.abstractNumId().val());
        Abstract abs = absId == null ? null
                : abstracts.stream().filter(a -> absId.equals(integer(a.abstractNumId()))).findFirst().orElse(null);
        if (abs == null) return "";
        int ilvl = level == null ? 0 : Math.max(0, Math.min(LEVELS - 1, integer(level).intValue()));
        Level[] levels = new Level[LEVELS];
        for (Level l : abs.levels()) {
            int i = l.ilvl() == null ? 0 : integer(l.ilvl()).intValue();
            if (i >= 0 && i < LEVELS) levels[i] = l;
        }
        Level lvl = levels[ilvl];
        if (lvl == null || lvl.lvlText() == null || lvl.lvlText().val() == null) return "";
        int[] c = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        c[ilvl] = c[ilvl] == 0 ? start(num, levels, ilvl) : c[ilvl] + 1;
        for (int k = ilvl + 1; k < LEVELS; k++) c[k] = 0;
        String fmt = format(lvl);
        if (fmt.equals("bullet") || fmt.equals("none")) return "";
        StringBuilder sb = new StringBuilder();
        String text = lvl.lvlText().val();
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

    /**
     * The numbering a paragraph style gives: numId and ilvl each from the style itself or the nearest style it is
     * based on that sets it (Word inherits them one by one); null when no style in the chain sets a numId.
     */
    private StyleNumbering styleNumbering(String style) {
        String numId = null;
        String ilvl = null;
        for (int hops = 0; style != null && hops < 16; hops++) {
            StyleNumbering s = styles.get(style);
            if (s == null) break;
            if (numId == null) numId = s.numId();
            if (ilvl == null) ilvl = s.ilvl();
            style = s.basedOn();
        }
        return numId == null ? null : new StyleNumbering(numId, ilvl, null);
    }

    /** An xsd:integer as Word writes it; a null or malformed one throws, as POI's getVal() does. */
    private static BigInteger integer(String s) {
        return new BigInteger(s.strip());
    }

    private static int start(Num num, Level[] levels, int ilvl) {
        for (Override o : num.overrides()) {
            if (o.ilvl() != null && integer(o.ilvl()).intValue() == ilvl && o.startOverride() != null) {
                return integer(o.startOverride().val()).intValue();
            }
        }
        Level l = levels[ilvl];
        return l != null && l.start() != null ? integer(l.start().val()).intValue() : 1;
    }

    private static String format(Level l) {
        return l.numFmt() == null || l.numFmt().val() == null ? "decimal" : l.numFmt().val();
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
