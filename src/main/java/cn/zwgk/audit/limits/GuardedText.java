package cn.zwgk.audit.limits;

/**
 * A sentence handed to a regex that stops the match once it runs past its time: a pattern with catastrophic
 * backtracking ({@code (a+)+b}) on a long sentence would otherwise run for years. The regex engine reads the text
 * through {@link #charAt}, so checking the clock there (every few thousand reads) bounds any pattern.
 */
public final class GuardedText implements CharSequence {

    private final String text;
    private final long deadline;
    private final String what;
    private final long millis;
    private int reads;

    /** @param what the pattern, as the office knows it, for the message */
    public GuardedText(String text, long millis, String what) {
        this.text = text;
        this.millis = millis;
        this.deadline = System.nanoTime() + millis * 1_000_000;
        this.what = what;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFF) == 0) {
            if (System.nanoTime() - deadline > 0) {
                throw new OverBudgetException("解析超时：" + what + "在一个 " + text.length() + " 字的句子上匹配超过 "
                        + Budget.seconds(millis) + " 秒（模式可能有灾难性回溯），已停止审查此报告；请检查该模式");
            }
            Budget.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
