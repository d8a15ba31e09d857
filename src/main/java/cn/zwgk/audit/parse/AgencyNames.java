package cn.zwgk.audit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agency's name looks like and the places besides the title that name the agency (rules/sections.yaml
 * {@code agency}): sentences of the preamble ("现向社会公布广元市昭化区民政局2024年度…", "由江苏省公安厅编制"), the
 * fields of a site's metadata block ("来源：义安区老洲乡"), and the subject of the opening of 总体情况 ("2023年，巴楚县公安局
 * 严格按照…"). A candidate is a name only when it ends like one and holds nothing else: no year, no field label, no
 * site name, no bracket. Immutable.
 */
final class AgencyNames {
    private static final Pattern TRAILING_GUANYU = Pattern.compile("关于$");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");

    /** Stands in the office's patterns for the name itself. */
    static final String NAME = "${name}";

    private static final Pattern ALIAS = Pattern.compile("\\(以下简称[^)]*\\)");
    private static final Pattern EDGE = Pattern.compile("^[\\s,.:;、《》“”\"'|·\\-_]+|[\\s,.:;、《》“”\"'|·\\-_]+$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^((19|20)\\d{2}年?度?)+");
    private static final Pattern HAN_ONLY = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff]+");
    private static final Pattern SELF = Pattern.compile("^[我本该全各贵](局|委|办|厅|部|单位|机关|镇|乡|街道|街|院|中心|所|区|县|市|省)");

    private final Pattern suffixAtEnd;
    private final Pattern suffixAtStart;
    private final List<String> never;
    private final Pattern bareLevel;
    private final Pattern place;
    private final List<FirstCharSearch> sentences;
    private final List<FirstCharSearch> contacts;
    private final Pattern subject;
    private final List<String> fields;
    private final List<String> labels;
    private final java.util.Map<String, String> shortForms;

    private AgencyNames(Pattern suffixAtEnd, Pattern suffixAtStart, List<String> never, Pattern bareLevel, Pattern place,
                        List<FirstCharSearch> sentences, List<FirstCharSearch> contacts, Pattern subject, List<String> fields,
                        List<String> labels, java.util.Map<String, String> shortForms) {
        this.suffixAtEnd = suffixAtEnd;
        this.suffixAtStart = suffixAtStart;
        this.never = never;
        this.bareLevel = bareLevel;
        this.place = place;
        this.sentences = sentences;
        this.contacts = contacts;
        this.subject = subject;
        this.fields = fields;
        this.labels = labels;
        this.shortForms = shortForms;
    }

    static AgencyNames compile(SectionRules.AgencyRules r, ParserConfig.Compiler c) {
        String suffix = r == null || r.suffix() == null ? "局|厅|委员会|办公室|人民政府|政府|街道办事处|街道|乡|镇" : r.suffix();
        Pattern end = c.compile("(?:" + suffix + ")$");
        Pattern start = c.compile("^(?:" + suffix + ")");
        String name = "(?<agency>[\\u3400-\\u4dbf\\u4e00-\\u9fff]{1,30}?(?:" + suffix + "))";
        List<FirstCharSearch> sentences = sentences(r == null ? null : r.sentences(), "agency.sentences", name, c);
        List<FirstCharSearch> contacts = sentences(r == null ? null : r.contacts(), "agency.contacts", name, c);
        Pattern subject = null;
        if (r != null && r.subject() != null) {
            if (!r.subject().contains(NAME)) c.problem(r.subject(), "agency.subject: 须含 " + NAME);
            else subject = c.compile(r.subject().replace(NAME, name));
        }
        Pattern bare = r == null || r.bareLevel() == null ? null : c.compile(r.bareLevel());
        Pattern place = r == null || r.place() == null ? null : c.compile(r.place());
        return new AgencyNames(end, start, words(r == null ? null : r.never()), bare, place, sentences, contacts,
                subject, words(r == null ? null : r.fields()), words(r == null ? null : r.labels()),
                r == null || r.shortForms() == null ? java.util.Map.of()
                        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r.shortForms())));
    }

    /**
     * The office's sentence patterns with the name put in. They run over whole paragraphs of the preamble and of
     * 总体情况, so each is searched only where its leading verb can start.
     */
    private static List<FirstCharSearch> sentences(List<String> list, String key, String name,
                                                   ParserConfig.Compiler c) {
        List<FirstCharSearch> out = new ArrayList<>();
        if (list != null) for (String s : list) {
            if (!s.contains(NAME)) {
                c.problem(s, key + ": 须含 " + NAME + "（机关名称所在的位置）");
                continue;
            }
            Pattern p = c.compile(s.replace(NAME, name));
            if (p != null) out.add(FirstCharSearch.of(p));
        }
        return List.copyOf(out);
    }

    private static List<String> words(List<String> list) {
        return list == null ? List.of() : ParserConfig.normaliseWords(list);
    }

    /**
     * The name a title gives, or null: the alias note, quotes and brackets at its edges and a leading year
     * ("2025湖口县大垅乡") taken off; then it must be Chinese characters only and contain none of the words a name
     * never contains ("长沙市政府门户网站-").
     */
    String name(String candidate) {
        return name(candidate, false);
    }

    /** A name found in running text, or null (see below). */
    String nameInText(String candidate) {
        return name(candidate, true);
    }

    /**
     * As {@link #name(String)}; a name found in running text must also end like a name and name a place or level
     * ("佳荣里街"), since nothing but its shape tells it from the words around it.
     */
    private String name(String candidate, boolean inText) {
        if (candidate == null) return null;
        String a = ALIAS.matcher(candidate).replaceAll("");
        a = EDGE.matcher(a).replaceAll("");
        a = LEADING_YEAR.matcher(a).replaceFirst("");
        a = TRAILING_GUANYU.matcher(a).replaceAll("");
        if (a.length() < 2 || a.length() > 40 || !HAN_ONLY.matcher(a).matches()) return null;
        if (SELF.matcher(a).find()) return null;
        for (String w : never) if (a.contains(w)) return null;
        if (inText && suffixAtEnd != null && !suffixAtEnd.matcher(a).find()) return null;
        if (inText && place != null && !place.matcher(a).find()) return null;
        return a;
    }

    /**
     * The name's short form, for telling whether two names are the same agency: parenthesised parts ("(市委网信办)")
     * dropped and each long form replaced by its short one, in the office's order ("人民政府" → "政府").
     */
    String key(String name) {
        String k = BRACKETED.matcher(name).replaceAll("");
        for (var e : shortForms.entrySet()) k = k.replace(e.getKey(), e.getValue() == null ? "" : e.getValue());
        return k;
    }

    /** A name that leaves out its place ("市民政局", "区政府办公室"): the last resort when no fuller name is found. */
    boolean bare(String name) {
        return bareLevel != null && bareLevel.matcher(name).find();
    }

    /** The first name the sentences of the preamble state, or null. */
    String inSentence(String normalised) {
        return first(sentences, normalised);
    }

    /** The name in a request to contact the agency ("请与平度市公安局（地址：…）联系"), or null. */
    String inContact(String normalised) {
        return first(contacts, normalised);
    }

    private String first(List<FirstCharSearch> patterns, String normalised) {
        for (FirstCharSearch p : patterns) {
            Matcher m = p.matcher(normalised);
            int from = 0;
            while (from < normalised.length() && p.find(m, normalised, from)) {
                String candidate = m.group("agency");
                int nameEnd = m.end("agency"), next = Math.max(m.end(), from + 1);
                // the verb nearest the name: "我局编制并向社会公开莆田市…局2023年度…" names 莆田市…局, not 并向社会公开…
                for (int s = m.start() + 1; s < nameEnd && m.find(s) && m.start() < nameEnd; s = m.start() + 1) {
                    candidate = m.group("agency");
                    nameEnd = m.end("agency");
                }
                String n = name(candidate, true);
                if (n != null) return n;
                from = next;
            }
        }
        return null;
    }

    /** The subject of a sentence that opens with the year ("2023年，巴楚县公安局严格按照…"), or null. */
    String asSubject(String normalised) {
        if (subject == null) return null;
        Matcher m = subject.matcher(normalised);
        if (!m.find()) return null;
        String rest = normalised.substring(m.end("agency"));
        for (String w : never) if (rest.startsWith(w)) return null;    // "县政府网站共发布…": the site, not the agency
        return name(extend(m.group("agency"), rest), true);
    }

    /**
     * The name a metadata field gives ("来源：义安区老洲乡 字体：", "发布单位： | 市人力社保局 |"), read from the raw line:
     * the value runs to the next space, bar or field label.
     */
    String inField(String raw) {
        for (String f : fields) {
            int at = raw.indexOf(f);
            while (at >= 0) {
                int i = at + f.length();
                while (i < raw.length() && " \u3000\u00A0".indexOf(raw.charAt(i)) >= 0) i++;
                if (i < raw.length() && ":：".indexOf(raw.charAt(i)) >= 0) {
                    i++;
                    while (i < raw.length() && " \u3000\u00A0|｜".indexOf(raw.charAt(i)) >= 0) i++;
                    int j = i;
                    while (j < raw.length() && " \u3000\u00A0|｜\t:：".indexOf(raw.charAt(j)) < 0) j++;
                    String value = TextNormalizer.normalize(raw.substring(i, j)).text();
                    for (String label : labels) {
                        int k = value.indexOf(label);
                        if (k > 0) value = value.substring(0, k);
                    }
                    String n = name(value, true);
                    if (n != null) return n;
                }
                at = raw.indexOf(f, at + 1);
            }
        }
        return null;
    }

    /** A name the lazy match stopped short of: "…人民政府" + "办公室", "…街道" + "办事处". */
    private String extend(String name, String rest) {
        if (suffixAtStart == null) return name;
        Matcher m = suffixAtStart.matcher(rest);
        while (m.find() && m.end() > 0) {
            name += rest.substring(0, m.end());
            rest = rest.substring(m.end());
            m = suffixAtStart.matcher(rest);
        }
        return name;
    }
}
