package cn.zwgk.audit.parse;

import cn.zwgk.audit.limits.Budget;
import cn.zwgk.audit.limits.GuardedText;
import cn.zwgk.audit.limits.OverBudgetException;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.OtherYearClaim;
import cn.zwgk.audit.model.Share;
import cn.zwgk.audit.model.SumClaim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative's numeric statements (spec §11): the patterns of rules/claims.yaml run sentence by sentence, and
 * "共 N …，其中 a …、b …" groups. Approximate numbers ("1600余条", "约20件") are never claims.
 */
final class ClaimReader {
    /** Nothing but commas, colons and spaces (before a total's marker; {@link ShareReader} asks the same). */
    static final Pattern LEADING_PUNCTUATION = Pattern.compile("[,:\\s]*");
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[,、;:]*");

    /**
     * A real report states a few dozen numbers (the real ones in the corpus at most a dozen); this many only comes from repeated or
     * generated text. The rule that compares each statement with the others of its metric costs the square of their
     * number: 1,000 alike take some 5 s, 2,000 ran into the rules' time limit.
     */
    static final int MAX_CLAIMS = 1_000;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    /** A sentence that opens with its year: "2022年,我镇全年共收到…", "2022年度…". */
    private static final Pattern OPENING_YEAR = Pattern.compile("((?:19|20)\\d{2})年(?:度)?(?![\\d月底末初])");
    private static final String APPROX_AFTER = "余多";
    private static final String[] APPROX_BEFORE = {"约", "近", "逾", "超过", "不足", "大约"};
    private static final String[] SUM_MARKERS = {"其中", "包括"};
    private static final Pattern CLAUSES = Pattern.compile("(?<=[,、;:])");
    private static final Pattern TOTAL_WORDS = Pattern.compile("共|合计|总计|累计|总数");

    /** Claims and sums of a report. */
    record Result(List<Claim> claims, List<SumClaim> sums, List<Share> shares, List<OtherYearClaim> otherYears) {}

    /** Narrative text of one section (0 = preamble). */
    record Text(int section, List<Segment> segments) {}

    private final ParserConfig config;
    private final Pattern sumTotal;
    private final Pattern sumPart;

    private final ClauseReader clauses;

    ClaimReader(ParserConfig config) {
        this.config = config;
        this.clauses = new ClauseReader(config.lexicon());
        String units = String.join("|", config.sumUnits().stream().map(Pattern::quote).toList());
        this.sumTotal = Pattern.compile("(?<!\\d)(\\d{1,15})(" + units + ")[,:]*$");
        this.sumPart = Pattern.compile("(?<!\\d)(\\d{1,15})([余多])?(" + units + ")");
    }

    /**
     * @param year the report's year, or null: a number the sentence places in another year ("2022年收到申请37件")
     *             restates no cell of this year's tables and is no claim
     */
    Result read(List<Text> texts, Integer year) {
        List<Claim> claims = new ArrayList<>();
        List<SumClaim> sums = new ArrayList<>();
        List<OtherYearClaim> otherYears = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Text text : texts) {
            for (Segment s : text.segments()) {
                Sentences.Span previous = null;
                String lastMetric = null;
                for (Sentences.Span span : Sentences.of(s)) {
                    Budget.check();
                    if (claims.size() > MAX_CLAIMS) {
                        throw new OverBudgetException(String.format("解析：正文中的数字陈述超过 %,d 条，不像是一份年度报告，"
                                + "已停止审查此报告", MAX_CLAIMS));
                    }
                    lastMetric = claims(text.section(), span, year, lastMetric, claims, otherYears, seen);
                    SumClaim sum = sum(text.section(), span, previous);
                    if (sum != null) sums.add(sum);
                    previous = span;
                }
            }
        }
        return new Result(claims, sums, new ShareReader().read(texts), otherYears);
    }

    /**
     * @param previousMetric the metric of the previous sentence's last claim: when this sentence opens with 其中, a
     *                       claim of the same metric is one of its parts ("共收到申请50件。其中,网上收到申请30件")
     * @return the metric of this sentence's last claim, or {@code previousMetric} when it has none
     */
    private String claims(int section, Sentences.Span span, Integer year, String previousMetric, List<Claim> out,
                          List<OtherYearClaim> otherYears, Set<String> seen) {
        ChineseNumbers.Rewritten rw = ChineseNumbers.rewrite(span.text());
        String sentence = rw == null ? span.text() : rw.text();
        boolean digits = false;
        for (int i = 0; i < sentence.length() && !digits; i++) digits = sentence.charAt(i) >= '0' && sentence.charAt(i) <= '9';
        Matcher opening = OPENING_YEAR.matcher(sentence);
        Integer opens = opening.lookingAt() ? Integer.valueOf(opening.group(1)) : null;
        List<ClauseReader.Found> found = clauses.read(sentence, section, at -> otherYear(sentence, at, year),
                ClaimReader::approximate);
        // the number before 其中 is a total; a number of the same metric listed after it is a part of it, no claim
        int marker = -1;
        for (String m : SUM_MARKERS) {
            int at = sentence.indexOf(m);
            if (at >= 0 && (marker < 0 || at < marker)) marker = at;
        }
        String totalMetric = null;
        if (marker >= 0 && LEADING_PUNCTUATION.matcher(sentence.substring(0, marker)).matches()) {
            totalMetric = previousMetric;
        } else if (marker >= 0) {
            for (ClauseReader.Found f : found) if (f.start() < marker && !f.otherYear()) totalMetric = f.metric();
        }
        String last = previousMetric;
        for (ClauseReader.Found f : found) {
            if (totalMetric != null && f.start() > marker && f.metric().equals(totalMetric)) continue;
            if (!f.otherYear()) last = f.metric();
            if (!seen.add(f.metric() + "|" + span.segment().line() + "|" + (span.start() + f.start()))) continue;
            int start = span.start() + (rw == null ? f.start() : rw.origin()[f.start()]);
            int end = span.start() + (rw == null ? f.end() : rw.origin()[f.end()]);
            Claim c = new Claim(f.metric(), f.value(), f.unit(), span.segment().norm().rawSlice(start, end), span.raw(),
                    section, span.segment().line());
            if (!f.otherYear()) out.add(c);
            else if (opens != null && opens.equals(lastYear(sentence, f.start()))
                    && (year == null || !sentence.contains(year + "年"))) {
                otherYears.add(new OtherYearClaim(opens, c));   // a sentence about that year only
            }
        }
        for (ParserConfig.ClaimPattern p : config.claims()) {
            if (!p.sections().contains(section)) continue;
            if (p.hasNumber() && !digits) continue;
            if (!p.requires().isEmpty() && p.requires().stream().noneMatch(sentence::contains)) continue;
            // the office's pattern runs under a time guard: a catastrophic one must not hang the batch
            Matcher m = p.regex().matcher(new GuardedText(sentence, Budget.MATCH_MILLIS,
                    "claims.yaml 中“" + p.metric() + "”的模式“" + p.regex().pattern() + "”"));
            while (m.find()) {
                String matched = m.group();
                if (p.excludes().stream().anyMatch(matched::contains)) continue;
                long value = 0;
                String unit = p.unit();
                int at = m.start();
                if (otherYear(sentence, m.start(), year)) continue;
                if (p.hasNumber()) {
                    at = m.start("n");
                    if (approximate(sentence, m.start("n"), m.end("n"))) continue;
                    if (m.group("n").length() > 15) continue;   // no count or amount is that long
                    BigDecimal v = new BigDecimal(m.group("n")).multiply(BigDecimal.valueOf(p.multiplier()));
                    if (v.stripTrailingZeros().scale() <= 0) value = v.longValueExact();
                    else {
                        value = v.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
                        unit = "分";
                    }
                }
                if (!seen.add(p.metric() + "|" + span.segment().line() + "|" + (span.start() + at))) continue;
                int start = span.start() + (rw == null ? m.start() : rw.origin()[m.start()]);
                int end = span.start() + (rw == null ? m.end() : rw.origin()[m.end()]);
                out.add(new Claim(p.metric(), value, unit, span.segment().norm().rawSlice(start, end), span.raw(),
                        section, span.segment().line()));
            }
        }
        return last;
    }

    /** The last year the sentence names before {@code at} is not the report's. */
    private static boolean otherYear(String sentence, int at, Integer year) {
        if (year == null) return false;
        Integer last = lastYear(sentence, at);
        return last != null && !last.equals(year);
    }

    private static Integer lastYear(String sentence, int at) {
        Matcher y = YEAR.matcher(sentence).region(0, at);
        Integer last = null;
        while (y.find()) last = Integer.valueOf(y.group(1));
        return last;
    }

    private static boolean approximate(String s, int start, int end) {
        if (end < s.length() && APPROX_AFTER.indexOf(s.charAt(end)) >= 0) return true;
        String before = s.substring(Math.max(0, start - 2), start);
        for (String a : APPROX_BEFORE) if (before.endsWith(a)) return true;
        return false;
    }

    /**
     * "共 N …，其中 a …、b …". When 其中 opens the sentence ("…162条。其中,…293篇"), N is the last number of the
     * sentence before; such a list need not be closed, so only its largest part is compared ({@code closed} false).
     */
    private SumClaim sum(int section, Sentences.Span span, Sentences.Span previous) {
        String sentence = span.text();
        for (String marker : SUM_MARKERS) {
            int idx = sentence.indexOf(marker);
            if (idx < 0) continue;
            boolean opens = LEADING_PUNCTUATION.matcher(sentence.substring(0, idx)).matches();
            Sentences.Span totalSpan = opens ? previous : span;
            if (totalSpan == null) continue;
            String before = opens ? totalSpan.text() : sentence.substring(0, idx);
            Matcher total = sumTotal.matcher(before);
            if (!total.find()) continue;
            if (approximate(before, total.start(1), total.end(1))) continue;
            String totalUnit = total.group(2);
            // the listed parts: clause after clause, each with a number, up to the first clause without one
            List<Long> parts = new ArrayList<>();
            long largest = 0;
            boolean approx = false;
            int end = idx + marker.length();
            for (String clause : CLAUSES.split(sentence.substring(end))) {
                Matcher part = sumPart.matcher(clause);
                boolean any = false;
                while (part.find()) {
                    any = true;
                    if (part.group(2) != null || approximate(clause, part.start(1), part.end(1))) approx = true;
                    long v = Long.parseLong(part.group(1));
                    parts.add(v);
                    if (comparable(totalUnit, part.group(3))) largest = Math.max(largest, v);
                }
                if (!any && !SEPARATORS_ONLY.matcher(clause).matches()) break;
                end += clause.length();
            }
            if (approx || parts.isEmpty()) continue;
            long totalValue = Long.parseLong(total.group(1));
            long sum = parts.stream().mapToLong(Long::longValue).sum();
            // without 共/合计 the number before 其中 need not be a total ("上年转结1件,其中网络申请5件…"): it bounds
            // the parts only together with the other numbers stated before 其中
            boolean stated = TOTAL_WORDS.matcher(clauseBefore(before, total.start())).find();
            long bound = stated ? totalValue : comparableSum(before, totalUnit);
            boolean closed = stated && !opens && parts.size() >= 2;
            if (!closed && largest <= bound && !(parts.size() >= 2 && !opens && sum == totalValue)) continue;
            int start = totalSpan.start() + total.start(1);
            int stop = span.start() + Math.min(end, sentence.length());
            String text = opens ? totalSpan.segment().norm().rawSlice(start, totalSpan.end()) + "。"
                    + span.segment().norm().rawSlice(span.start(), stop)
                    : span.segment().norm().rawSlice(start, stop);
            return new SumClaim(totalValue, parts, sum, text, section, span.segment().line(),
                    closed || (!opens && sum == totalValue), largest, bound);
        }
        return null;
    }

    private boolean comparable(String a, String b) {
        return a.equals(b) || (config.comparableUnits().contains(a) && config.comparableUnits().contains(b));
    }

    /** The sum of the numbers in units comparable with {@code unit} that {@code s} states (approximate ones left out). */
    private long comparableSum(String s, String unit) {
        long sum = 0;
        Matcher m = sumPart.matcher(s);
        while (m.find()) {
            if (m.group(2) == null && comparable(unit, m.group(3)) && !approximate(s, m.start(1), m.end(1))) {
                sum += Long.parseLong(m.group(1));
            }
        }
        return sum;
    }

    /** The clause that ends at {@code at}: from the last comma or semicolon before it. */
    private static String clauseBefore(String s, int at) {
        int from = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                from = i + 1;
                break;
            }
        }
        return s.substring(from, at);
    }
}
