package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Share;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares the narrative states ("862件,占比82.4%"), each with the total it is a share of, so that the rules can check
 * the percentage against the counts. A share whose total the text does not make clear is left out.
 */
final class ShareReader {

    private static final String UNITS = "件|条|篇|个|项|份|起|宗|人次|次";
    private static final Pattern SHARE = Pattern.compile("(?<![\\d.])(\\d{1,9})(" + UNITS + ")[,(]?"
            + "(?:占比|占总数的|占总量的|占全部的|占|比例为)(?:为|约|达)?(\\d{1,3}(?:\\.(\\d{1,4}))?)%");
    private static final Pattern TOTAL_AT_END = Pattern.compile("(?<![\\d.])(\\d{1,9})(" + UNITS + ")[,:]*$");
    private static final String[] MARKERS = {"其中", "包括"};

    List<Share> read(List<ClaimReader.Text> texts) {
        List<Share> out = new ArrayList<>();
        for (ClaimReader.Text text : texts) {
            for (Segment s : text.segments()) {
                String t = s.text();
                if (t.indexOf('%') < 0) continue;
                int from = 0;
                String previous = null;
                for (int i = 0; i <= t.length(); i++) {
                    if (i == t.length() || t.charAt(i) == '。') {
                        period(s, text.section(), from, i, previous, out);
                        previous = t.substring(from, i);
                        from = i + 1;
                    }
                }
            }
        }
        return out;
    }

    private static void period(Segment s, int section, int from, int to, String previous, List<Share> out) {
        String t = s.text();
        Matcher m = SHARE.matcher(t).region(from, to);
        List<int[]> spans = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<String[]> percents = new ArrayList<>();
        while (m.find()) {
            if (approximate(t, m.start(1))) return;
            spans.add(new int[] {m.start(), m.end()});
            counts.add(new long[] {Long.parseLong(m.group(1))});
            percents.add(new String[] {m.group(3), m.group(4)});
        }
        if (spans.isEmpty()) return;
        long total = total(t, from, spans.get(0)[0], previous);
        if (total <= 0) {
            // no total named: a list of shares that adds up to 100% is a share of its own counts
            if (spans.size() < 2) return;
            double sum = 0;
            double slack = 0;
            for (String[] p : percents) {
                sum += Double.parseDouble(p[0]);
                slack += precision(p[1]) / 2;
            }
            if (Math.abs(sum - 100) > slack + 1e-9) return;
            total = counts.stream().mapToLong(c -> c[0]).sum();
        }
        for (int k = 0; k < spans.size(); k++) {
            long part = counts.get(k)[0];
            if (part > total) continue;   // a part larger than its total is another finding's business
            out.add(new Share(part, total, Double.parseDouble(percents.get(k)[0]), precision(percents.get(k)[1]),
                    s.norm().rawSlice(spans.get(k)[0], spans.get(k)[1]), section, s.line()));
        }
    }

    /** The number before 其中 in this period, or at the end of the previous one when 其中 opens this one; else 0. */
    private static long total(String t, int from, int firstShare, String previous) {
        for (String marker : MARKERS) {
            int idx = t.indexOf(marker, from);
            if (idx < 0 || idx > firstShare) continue;
            String before = t.substring(from, idx);
            if (ClaimReader.LEADING_PUNCTUATION.matcher(before).matches()) before = previous == null ? "" : previous;
            Matcher m = TOTAL_AT_END.matcher(before);
            if (m.find() && !approximate(before, m.start(1))) return Long.parseLong(m.group(1));
            return 0;
        }
        return 0;
    }

    private static boolean approximate(String s, int start) {
        String before = s.substring(Math.max(0, start - 2), start);
        return before.endsWith("约") || before.endsWith("近") || before.endsWith("超过") || before.endsWith("逾");
    }

    private static double precision(String decimals) {
        return decimals == null ? 1 : Math.pow(10, -decimals.length());
    }
}
