package cn.zwgk.audit.render.notice;

import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.render.AuditView;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.CampaignInfo;
import cn.zwgk.audit.render.NoticeTemplate;
import cn.zwgk.audit.render.ReportTemplate;
import cn.zwgk.audit.render.Templates;
import cn.zwgk.audit.render.TitleLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The 通报 draft as the office would publish it, worded entirely by templates/notice.yaml: 总体情况 with the 合格率
 * (and who did not submit or sent an unreadable file), 主要问题 by problem type with the agencies named, 整改要求,
 * and the appendix 问题清单. Laid out by {@link NoticeDocx} and {@code render.NoticePdf}.
 *
 * @param office     the office's name (版头 and signature)
 * @param body       the text between addressees and signature, in order
 * @param columns    the appendix table's header; {@code rows} its rows
 */
public record Notice(String office, String title, String docNumber, String addressees, List<Block> body,
                     List<String> signature, String attachment, String attachmentTitle, List<String> columns,
                     Rows rows, String footer, String pageNumber) {

    /** A heading or a paragraph of the body. */
    public record Block(boolean heading, String text) {}

    /**
     * The appendix: a row per finding shown, made again from the batch (its findings read back from the spill
     * file) each time the rows are gone through. A 通报 of 20,000 reports lists some 60,000 findings; held as a
     * list they were the one part of the batch's overviews still growing with the batch (~20 MB).
     */
    public record Rows(int size, Iterable<List<String>> each) implements Iterable<List<String>> {
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public Iterator<List<String>> iterator() {
            return each.iterator();
        }
    }

    /** What a 通报 is made from besides the batch: the wording, the table registry and the codes' Chinese names. */
    public record Source(Templates templates, TableRegistry tables, Function<String, String> names) {
        public Notice of(BatchSummary s) {
            return Notice.of(s, templates.notice(), templates.report(), tables, names);
        }
    }

    public static Notice of(BatchSummary s, NoticeTemplate t, ReportTemplate report, TableRegistry tables,
                            Function<String, String> names) {
        Map<String, Object> v = new HashMap<>();
        for (String k : List.of("docNumber", "deadline", "contact", "phone")) v.put(k, "");
        v.putAll(s.campaign().office());
        String office = String.valueOf(v.getOrDefault("office", ""));
        v.put("office", office.isBlank() ? Templates.fill(report.office(), Map.of()) : office);
        v.put("date", report.date(s.date()));
        v.put("year", year(s));
        CampaignInfo c = s.campaign();
        v.put("expected", c.rosterSize());
        v.put("total", s.reports().size());
        v.put("audited", s.audited().size());
        v.put("passed", s.passed());
        v.put("failed", s.failed());
        v.put("passRate", s.passRate());
        v.put("unreadable", s.unreadable().size());
        v.put("missing", c.notSubmitted().size());
        List<BatchSummary.Entry> resubmitted = s.reports().stream().filter(e -> e.review() != null).toList();
        v.put("resubmitted", resubmitted.size());

        List<Block> body = new ArrayList<>();
        body.add(new Block(false, Templates.fill(t.opening(), v)));
        body.add(new Block(true, t.sections().get("overview")));
        StringBuilder overview = new StringBuilder(Templates.fill(c.rosterSize() > 0 ? t.overview() : t.overviewNoRoster(), v));
        if (!c.notSubmitted().isEmpty()) {
            overview.append(listed(t, t.notSubmitted(), v, c.notSubmitted().stream().map(CampaignInfo.Absent::agency).toList()));
        }
        if (!s.unreadable().isEmpty()) {
            overview.append(listed(t, t.unreadable(), v, s.unreadable().stream().map(e -> agency(e, t)).toList()));
        }
        List<String> fixedAll = resubmitted.stream().filter(e -> e.passed()).map(e -> agency(e, t)).toList();
        if (!fixedAll.isEmpty()) overview.append(listed(t, t.resubmitted(), v, fixedAll));
        // what the reports were compared with: last year's reports (check --previous), one another
        v.put("matched", s.withPrevious().size());
        v.put("unmatchedPrevious", s.unmatched().size());
        v.put("peers", s.peersCompared());
        if (!s.withPrevious().isEmpty() || !s.unmatched().isEmpty()) overview.append(Templates.fill(t.comparedPrevious(), v));
        if (s.peersCompared() > 0) overview.append(Templates.fill(t.comparedPeers(), v));
        body.add(new Block(false, overview.toString()));

        body.add(new Block(true, t.sections().get("problems")));
        Set<String> shown = new LinkedHashSet<>(t.severities());
        Map<String, Set<String>> byCode = new LinkedHashMap<>();
        Map<String, Finding> example = new HashMap<>();
        int rows = 0;
        for (BatchSummary.Entry e : s.worstFirst()) {
            if (e.unreadable()) continue;
            for (Finding f : e.findings()) {
                if (!shows(shown, f)) continue;
                byCode.computeIfAbsent(f.rule(), k -> new LinkedHashSet<>()).add(agency(e, t));
                example.putIfAbsent(f.rule(), f);
                rows++;
            }
        }
        Iterable<List<String>> each = () -> {
            int[] number = {0};
            return s.worstFirst().stream().filter(e -> !e.unreadable())
                    .flatMap(e -> e.findings().stream().filter(f -> shows(shown, f))
                            .map(f -> List.of(Integer.toString(++number[0]), agency(e, t),
                                    names.apply(f.rule()) + (f.message() == null ? "" : "：" + f.message()),
                                    report.severity().get(f.severity().code()), AuditView.location(f, report, tables))))
                    .iterator();
        };
        if (byCode.isEmpty()) {
            body.add(new Block(false, t.noProblems()));
        } else {
            body.add(new Block(false, Templates.fill(t.problemsIntro(), v)));
            List<Map.Entry<String, Set<String>>> codes = new ArrayList<>(byCode.entrySet());
            // the graver problem first, then the commoner
            codes.sort(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> example.get(e.getKey()).severity().ordinal())
                    .thenComparing(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
            int n = 0;
            for (var e : codes) {
                Map<String, Object> pv = new HashMap<>(v);
                pv.put("n", ++n);
                pv.put("name", names.apply(e.getKey()));
                pv.put("severity", report.severity().get(example.get(e.getKey()).severity().code()));
                body.add(new Block(false, listed(t, t.problem(), pv, List.copyOf(e.getValue()))));
            }
        }
        body.add(new Block(true, t.sections().get("requirements")));
        for (String r : t.requirements()) body.add(new Block(false, Templates.fill(r, v)));
        body.add(new Block(false, Templates.fill(t.contact(), v)));

        List<String> signature = t.signature().stream().map(l -> Templates.fill(l, v)).toList();
        List<String> columns = List.of(t.columns().get("number"), t.columns().get("agency"), t.columns().get("problem"),
                t.columns().get("severity"), t.columns().get("location"));
        return new Notice(String.valueOf(v.get("office")), TitleLines.balance(Templates.fill(t.title(), v)),
                Templates.fill(t.docNumber(), v), t.addressees(), List.copyOf(body), signature,
                Templates.fill(t.attachment(), v), Templates.fill(t.attachmentTitle(), v), columns, new Rows(rows, each),
                Templates.fill(t.footer(), v), t.pageNumber());
    }

    /** Whether the 通报 lists findings of this severity (templates/notice.yaml's severities). */
    private static boolean shows(Set<String> shown, Finding f) {
        return f.severity() != null && shown.contains(f.severity().code());
    }

    /** A sentence naming agencies: ${units} is "甲" for one, "甲、乙等2个单位" for more (templates' units). */
    private static String listed(NoticeTemplate t, String template, Map<String, Object> vars, List<String> agencies) {
        Map<String, Object> v = new HashMap<>(vars);
        v.put("agencies", String.join("、", agencies));
        v.put("count", agencies.size());
        v.put("units", Templates.fill(t.units().get(agencies.size() == 1 ? "one" : "many"), v));
        return Templates.fill(template, v);
    }

    private static String agency(BatchSummary.Entry e, NoticeTemplate t) {
        return e.agency() != null ? e.agency() : cn.zwgk.audit.render.LetterContext.fileName(e.file());
    }

    /** The campaign's report year: office.yaml's, else the year most reports state. */
    private static String year(BatchSummary s) {
        if (s.campaign().expectedYear() != null) return s.campaign().expectedYear().toString();
        Map<Integer, Integer> count = new HashMap<>();
        for (BatchSummary.Entry e : s.reports()) if (e.year() != null) count.merge(e.year(), 1, Integer::sum);
        return count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey().toString()).orElse("");
    }
}
