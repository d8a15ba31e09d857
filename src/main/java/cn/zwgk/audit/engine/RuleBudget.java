package cn.zwgk.audit.engine;

/**
 * What the rules may spend on one report: a fire limit (a rule that keeps re-activating itself, such as an
 * {@code update} without {@code no-loop}, is stopped by it) and a time limit (a consequence that never returns).
 * The real rule set fires a few hundred times in milliseconds on a real report.
 *
 * @param firings rule firings per report
 * @param millis  wall time per report
 */
public record RuleBudget(int firings, long millis) {

    public static final RuleBudget DEFAULT = new RuleBudget(Integer.getInteger("zwgk.rules.firings", 100_000),
            Long.getLong("zwgk.rules.millis", 20_000));
}
