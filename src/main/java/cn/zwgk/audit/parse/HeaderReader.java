package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Period;
import cn.zwgk.audit.model.Title;
import cn.zwgk.audit.model.YearMention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, agency, statistical period and the places that state the report year (spec §2). */
final class HeaderReader {

    private static final int SCAN_WITHOUT_HEADINGS = 15;
    /** a title over at most this many lines */
    private static final int TITLE_LINES = 3;
    /** lines after a title without agency where a title with one may still follow */
    private static final int TITLE_LOOKAHEAD = 4;
    /** paragraphs at the start of 总体情况 where the agency may be named */
    private static final int OPENING_SEGMENTS = 4;
    private static final Pattern SENTENCE = Pattern.compile("[,。;:!?]");

    /** What the header says. */
    record Header(Title title, String agency, Period period, List<YearMention> years, Integer year) {}

    private final ParserConfig config;

    HeaderReader(ParserConfig config) {
        this.config = config;
    }

    Header read(Outline outline) {
        List<Segment> before = outline.parts().isEmpty() ? firstLines(outline.preamble()) : outline.preamble();
        Title title = title(before);
        Outline.Part one = outline.part(1);
        String agency = agency(title, before, one == null ? List.of() : one.body());

        List<Segment> periodScope = new ArrayList<>(outline.preamble());
        if (one != null) periodScope.addAll(one.body());
        Period period = period(periodScope);

        List<YearMention> years = new ArrayList<>();
        if (title != null && title.year() != null) years.add(new YearMention("标题", title.year(), title.text(),
                title.line()));
        if (period != null) {
            if (period.start() != null) years.add(new YearMention("统计期限", period.start().getYear(), period.text(),
                    period.line()));
            if (period.end() != null && (period.start() == null || period.end().getYear() != period.start().getYear())) {
                years.add(new YearMention("统计期限", period.end().getYear(), period.text(), period.line()));
            }
        }
        YearMention opening = one == null ? null : openingYear(one.body());
        if (opening != null) years.add(opening);

        Integer year = title != null && title.year() != null ? title.year()
                : period != null && period.end() != null ? Integer.valueOf(period.end().getYear())
                : period != null && period.start() != null ? Integer.valueOf(period.start().getYear())
                : opening != null ? Integer.valueOf(opening.year()) : null;
        return new Header(title, agency, period, years, year);
    }

    private static List<Segment> firstLines(List<Segment> segments) {
        return segments.size() <= SCAN_WITHOUT_HEADINGS ? segments : segments.subList(0, SCAN_WITHOUT_HEADINGS);
    }

    /**
     * The agency: from the title, else from a sentence of the preamble, a field of the site's metadata block, the
     * subject of the opening of 总体情况, or the preamble's contact sentence, in that order. A name without its place ("市民政局") is kept only when none
     * of them gives a fuller one.
     */
    private String agency(Title title, List<Segment> before, List<Segment> one) {
        AgencyNames names = config.agency();
        List<String> found = new ArrayList<>();
        if (title != null && title.agency() != null) found.add(title.agency());
        for (Segment s : before) found.add(names.inSentence(s.text()));
        for (Segment s : one.subList(0, Math.min(one.size(), OPENING_SEGMENTS))) found.add(names.inSentence(s.text()));
        for (Segment s : before) found.add(names.inField(s.raw()));
        for (Segment s : before) found.add(subject(names, s));
        for (Segment s : one.subList(0, Math.min(one.size(), OPENING_SEGMENTS))) found.add(subject(names, s));
        for (Segment s : before) found.add(names.inContact(s.text()));
        String bare = null;
        for (String n : found) {
            if (n == null) continue;
            if (!names.bare(n)) return n;
            if (bare == null) bare = n;
        }
        return bare;
    }

    private static String subject(AgencyNames names, Segment s) {
        for (Sentences.Span span : Sentences.of(s)) {
            String n = names.asSubject(span.text().strip());
            if (n != null) return n;
        }
        return null;
    }

    /**
     * The title: the first line (or two or three short lines read together: "西咸新区底张街道办事处2023年度政府" /
     * "信息公开工作年度报告") that a title pattern finds. A site's page title with junk around the report's title
     * ("长沙市政府门户网站-2022年…报告_足彩app…") gives way to a title within the next few lines that names the agency.
     */
    private Title title(List<Segment> segments) {
        Title first = null;
        int firstAt = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (first != null && i - firstAt > TITLE_LOOKAHEAD) break;
            Title t = titleAt(segments, i);
            if (t == null) continue;
            if (t.agency() != null) return t;
            if (first == null) {
                first = t;
                firstAt = i;
            }
        }
        return first;
    }

    private Title titleAt(List<Segment> segments, int i) {
        String text = "", rawText = "";
        for (int k = i; k < Math.min(segments.size(), i + TITLE_LINES); k++) {
            Segment s = segments.get(k);
            String part = beforeBar(s.text()).strip();
            if (part.isEmpty() || SENTENCE.matcher(part).find()) return null;
            // lines are read together only when the later one is no title naming an agency of its own, and none is
            // a table row
            if (k > i && (namesAgency(part) || s.text().indexOf('|') >= 0 || segments.get(i).text().indexOf('|') >= 0)) {
                return null;
            }
            text += part;
            rawText += beforeBar(s.raw()).strip();
            if (text.length() > config.titleMaxLength()) return null;
            Matcher m = match(text);
            if (m == null) continue;
            Integer year = Integer.valueOf(m.group("year"));
            AgencyNames names = config.agency();
            String agency = names.name(group(m, "agency"));
            // lines read together name the agency on the lines before the year, as a name ends ("某某市" / "某某区人民政府")
            if (k > i && names.nameInText(group(m, "agency")) == null) return null;
            if (agency == null) {
                String after = group(m, "after");
                if (after != null && !after.startsWith("度")) agency = names.name(after);
            }
            // a title set over two lines: the agency alone on the line above ("淮安市人民政府" / "2024年…年度报告")
            if (agency == null && config.agencyLine() != null && i > 0) {
                Segment above = segments.get(i - 1);
                String name = names.name(above.text().strip());
                if (name != null && config.agencyLine().matcher(above.text().strip()).find()) {
                    return new Title(above.raw().strip() + rawText, name, year, above.line());
                }
            }
            if (agency == null && config.agencyLine() != null && k + 1 < segments.size()) {
                String next = segments.get(k + 1).text().strip();
                if (config.agencyLine().matcher(next).find()) agency = names.name(next);
            }
            return new Title(rawText, agency, year, segments.get(i).line());
        }
        return null;
    }

    private boolean namesAgency(String text) {
        Matcher m = match(text);
        return m != null && config.agency().name(group(m, "agency")) != null;
    }

    private Matcher match(String text) {
        for (Pattern p : config.titles()) {
            Matcher m = p.matcher(text);
            if (m.find() && m.start() == 0) return m;
        }
        return null;
    }

    private static String beforeBar(String text) {
        int bar = text.indexOf('|');
        if (bar < 0) bar = text.indexOf('｜');
        return bar < 0 ? text : text.substring(0, bar);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;   // the office's pattern has no such group
        }
    }

    private Period period(List<Segment> segments) {
        for (Segment s : segments) {
            for (Sentences.Span span : Sentences.of(s)) {
                String text = span.text();
                if (config.periodContext().stream().noneMatch(text::contains)) continue;
                for (Pattern p : config.periodPatterns()) {
                    Matcher m = p.matcher(text);
                    if (!m.find()) continue;
                    Integer y1 = number(m, "y1");
                    Integer y2 = number(m, "y2");
                    Integer m1 = number(m, "m1"), m2 = number(m, "m2"), d1 = number(m, "d1"), d2 = number(m, "d2");
                    LocalDate start = date(y1, m1, d1 != null ? d1 : m1 != null ? Integer.valueOf(1) : null);
                    int endYear = y2 != null ? y2 : y1 != null ? y1 : 0;
                    LocalDate end = date(y2 != null ? y2 : y1, m2, d2 != null ? d2 : lastDay(endYear, m2));
                    return new Period(start, end, span.raw(), s.line());
                }
            }
        }
        return null;
    }

    private static Integer number(Matcher m, String group) {
        String g = group(m, group);
        return g == null ? null : Integer.valueOf(g);
    }

    /** "至12月": the month's last day. */
    private static Integer lastDay(int year, Integer month) {
        if (month == null || month < 1 || month > 12 || year == 0) return null;
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static LocalDate date(Integer y, Integer m, Integer d) {
        if (y == null || m == null || d == null) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;   // "2023年2月30日": a date that cannot be read
        }
    }

    private YearMention openingYear(List<Segment> body) {
        for (Segment s : body) {
            Matcher m = config.openingYear().matcher(s.text());
            if (m.find()) {
                String g = group(m, "year");
                int year = Integer.parseInt(g != null ? g : m.group());
                int end = Math.min(s.text().length(), m.end() + 30);
                return new YearMention("总体情况", year, s.norm().rawSlice(m.start(), end), s.line());
            }
        }
        return null;
    }
}
