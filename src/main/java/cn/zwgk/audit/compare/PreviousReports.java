package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.PreviousReport;
import cn.zwgk.audit.model.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Last year's reports (the folder of {@code check --previous}), indexed by agency. Only the agency, year and path of
 * each are kept; a matched report is read again when its agency's report of this year is audited, so a folder of
 * tens of thousands of reports costs little memory.
 */
public final class PreviousReports {

    /** One report of last year's folder; {@code key} from its agency, {@code alias} from last year's roster name. */
    record Entry(Path path, String agency, String key, String alias, Integer year, String problem) {}

    /** A report of this year, matched or not. */
    public record Match(Path path, PreviousReport previous, String unmatched) {}

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byKey = new HashMap<>();

    private PreviousReports(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            if (e.key() != null) byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            if (e.alias() != null && !e.alias().equals(e.key())) {
                byKey.computeIfAbsent(e.alias(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Reads every file (in parallel, with {@code parse}, which must not throw) and indexes it by agency, and by the
     * name last year's run gave it ({@code names}, e.g. its roster's) when there is one.
     */
    public static PreviousReports read(List<Path> files, Map<Path, String> names, Function<Path, Report> parse,
                                       Parallel parallel) throws InterruptedException {
        List<Entry> entries = parallel.map(files, f -> {
            Report r = parse.apply(f);
            String alias = Agencies.key(names.get(f));
            String problem = !r.readable() ? "无法读取：" + r.problems().get(0).reason()
                    : r.agency() == null && alias == null ? "未写明机关名称" : null;
            return new Entry(f, r.agency() != null ? r.agency() : names.get(f), Agencies.key(r.agency()), alias,
                    r.year(), problem);
        });
        return new PreviousReports(entries);
    }

    public int size() {
        return entries.size();
    }

    /** Last year's reports that no agency could use: unreadable or naming no agency, each with why. */
    public List<String> unusable() {
        return entries.stream().filter(e -> e.problem() != null).map(e -> e.path() + "：" + e.problem()).toList();
    }

    /**
     * Last year's report of {@code r}'s agency: the same name (else a unique name containing or contained in it, of
     * at least four characters), of the latest year before {@code r}'s (any year when {@code r} states none).
     */
    public Match match(Report r) {
        return match(r, null);
    }

    /** As {@link #match(Report)}, trying first {@code rosterName}: the name the office's roster gives the file. */
    public Match match(Report r, String rosterName) {
        Path self = Path.of(r.file());
        String roster = Agencies.key(rosterName);
        if (roster != null && byKey.containsKey(roster)) {
            return pick(r, self, byKey.get(roster), "名单名称相同", rosterName);
        }
        String key = Agencies.key(r.agency());
        if (key == null) return new Match(null, null, "本报告未写明机关名称，无法与上年报告对应");
        String how = "名称相同";
        List<Entry> same = byKey.getOrDefault(key, List.of());
        if (same.isEmpty() && key.length() >= 4) {
            Map<String, List<Entry>> near = new LinkedHashMap<>();
            for (var e : byKey.entrySet()) {
                String k = e.getKey();
                if (k.length() >= 4 && (k.contains(key) || key.contains(k))) near.put(k, e.getValue());
            }
            if (near.size() == 1) {
                same = near.values().iterator().next();
                how = "名称相近";
            } else if (near.size() > 1) {
                return new Match(null, null, "上年报告中有多个机关名称与“" + r.agency() + "”相近（"
                        + String.join("、", near.values().stream().map(l -> l.get(0).agency()).toList())
                        + "），无法确定对应哪一份");
            }
        }
        if (same.isEmpty()) return new Match(null, null, "上年报告中没有“" + r.agency() + "”的报告");
        return pick(r, self, same, how, r.agency());
    }

    /** Of last year's reports of the agency, the latest before {@code r}'s year. */
    private static Match pick(Report r, Path self, List<Entry> same, String how, String agency) {
        Optional<Entry> best = same.stream()
                .filter(e -> !e.path().toAbsolutePath().normalize().equals(self.toAbsolutePath().normalize()))
                .filter(e -> r.year() == null || (e.year() != null && e.year() < r.year()))
                .max(Comparator.comparing((Entry e) -> e.year() == null ? Integer.MIN_VALUE : e.year())
                        .thenComparing(e -> e.path().toString(), Comparator.reverseOrder()));
        if (best.isEmpty()) {
            return new Match(null, null, "上年报告中“" + agency + "”的报告（" + same.get(0).path()
                    + "）年度为" + (same.get(0).year() == null ? "未写明" : same.get(0).year() + "年")
                    + "，不早于本报告");
        }
        Entry e = best.get();
        return new Match(e.path(), new PreviousReport(e.path().toString(), e.agency(), e.year(), how), null);
    }
}
