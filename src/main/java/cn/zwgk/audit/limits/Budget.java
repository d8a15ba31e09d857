package cn.zwgk.audit.limits;

/**
 * The time budget of the stage the current thread is working on (reading and parsing one report). Loops over lines and
 * sentences call {@link #check()}; a report over budget stops with an {@link OverBudgetException} naming the stage,
 * and the batch goes on with the next report.
 */
public final class Budget {

    /** Reading and parsing one report: real reports take well under a second. */
    public static final long PARSE_MILLIS = Long.getLong("zwgk.parse.millis", 30_000);

    /** One claims.yaml pattern on one sentence: a well-written pattern takes microseconds. */
    public static final long MATCH_MILLIS = Long.getLong("zwgk.match.millis", 1_000);

    private record Stage(String name, long deadline, long millis) {}

    private static final ThreadLocal<Stage> STAGE = new ThreadLocal<>();

    private Budget() {}

    /** Starts the budget of {@code stage} (e.g. "解析") on this thread; {@link #end()} in a finally block. */
    public static void start(String stage, long millis) {
        STAGE.set(new Stage(stage, System.nanoTime() + millis * 1_000_000, millis));
    }

    public static void end() {
        STAGE.remove();
    }

    /** @throws OverBudgetException when the current stage is over its time */
    public static void check() {
        Stage s = STAGE.get();
        if (s != null && System.nanoTime() - s.deadline > 0) {
            throw new OverBudgetException(s.name + "超时：超过 " + seconds(s.millis) + " 秒仍未完成，已停止审查此报告");
        }
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format("%.1f", millis / 1000.0);
    }
}
