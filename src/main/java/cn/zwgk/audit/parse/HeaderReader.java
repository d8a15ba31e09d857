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

    private static final Pattern ALIAS = Pattern.compile("\\(以下简称[^)]*\\)");
    private static final int SCAN_WITHOUT_HEADINGS = 15;
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
        String agency = title != null ? title.agency() : null;
        if (agency == null) agency = preambleAgency(before);

        List<Segment> periodScope = new ArrayList<>(outline.preamble());
        Outline.Part one = outline.part(1);
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

    private Title title(List<Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String text = s.text();
            int bar = text.indexOf('|');
            if (bar >= 0) text = text.substring(0, bar);
            text = text.strip();
            if (text.isEmpty() || text.length() > config.titleMaxLength()) continue;
            if (SENTENCE.matcher(text).find()) continue;    // "现将本局2023年政府信息公开工作年度报告公布如下:" is no title
            Matcher m = config.title().matcher(text);
            if (!m.find() || m.start() != 0) continue;
            String rawText = s.raw();
            int rawBar = rawText.indexOf('|');
            if (rawBar < 0) rawBar = rawText.indexOf('｜');
            if (rawBar >= 0) rawText = rawText.substring(0, rawBar);
            Integer year = Integer.valueOf(m.group("year"));
            String agency = clean(group(m, "agency"));
            if (agency == null) {
                String after = clean(group(m, "after"));
                if (after != null && !after.startsWith("度")) agency = after;
            }
            // a title set over two lines: the agency alone on the line above ("淮安市人民政府" / "2024年…年度报告")
            if (agency == null && config.agencyLine() != null && i > 0) {
                Segment above = segments.get(i - 1);
                if (config.agencyLine().matcher(above.text().strip()).find()) {
                    return new Title(above.raw().strip() + rawText.strip(), above.text().strip(), year, above.line());
                }
            }
            if (agency == null && config.agencyLine() != null && i + 1 < segments.size()) {
                String next = segments.get(i + 1).text().strip();
                if (config.agencyLine().matcher(next).find()) agency = next;
            }
            return new Title(rawText.strip(), agency, year, s.line());
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;   // the office's pattern has no such group
        }
    }

    private static String clean(String agency) {
        if (agency == null) return null;
        String a = ALIAS.matcher(agency).replaceAll("").replaceAll("^[\\s,.:;、]+|[\\s,.:;、]+$", "")
                .replaceAll("关于$", "");
        return a.length() < 2 || a.startsWith("我") || a.startsWith("本") ? null : a;
    }

    private String preambleAgency(List<Segment> segments) {
        if (config.preambleAgency() == null) return null;
        for (Segment s : segments) {
            Matcher m = config.preambleAgency().matcher(s.text());
            if (m.find()) return clean(group(m, "agency"));
        }
        return null;
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
                    LocalDate start = date(y1, number(m, "m1"), number(m, "d1"));
                    LocalDate end = date(y2 != null ? y2 : y1, number(m, "m2"), number(m, "d2"));
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
