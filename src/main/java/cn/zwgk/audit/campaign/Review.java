package cn.zwgk.audit.campaign;

import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.render.Resubmission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a resubmitted report's findings with the agency's previous audit. A finding is "the same" when its code
 * and place (section, table, row, column) are: line numbers move and quoted numbers change when a report is
 * corrected, so they do not identify a problem.
 */
final class Review {

    private Review() {}

    static Resubmission compare(int previousRun, String previousDate, String previousFile, List<Finding> before,
                                List<Finding> now) {
        Map<String, Integer> open = new HashMap<>();
        for (Finding f : before) open.merge(key(f), 1, Integer::sum);
        List<Finding> remaining = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        for (Finding f : now) {
            String k = key(f);
            if (open.getOrDefault(k, 0) > 0) {
                open.merge(k, -1, Integer::sum);
                remaining.add(f);
            } else {
                added.add(f);
            }
        }
        List<Finding> fixed = new ArrayList<>();
        for (Finding f : before) {
            String k = key(f);
            if (open.getOrDefault(k, 0) > 0) {
                open.merge(k, -1, Integer::sum);
                fixed.add(f);
            }
        }
        return new Resubmission(previousRun, previousDate, previousFile, fixed, remaining, added);
    }

    private static String key(Finding f) {
        return String.join("|", f.rule(), Objects.toString(f.section(), ""), Objects.toString(f.table(), ""),
                Objects.toString(f.row(), ""), Objects.toString(f.column(), ""));
    }
}
