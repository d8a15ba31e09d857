package cn.zwgk.audit.limits;

/** One report went over a size or time bound of a stage; the message says which stage and why, in Chinese. */
public final class OverBudgetException extends RuntimeException {

    public OverBudgetException(String message) {
        super(message, null, false, false);
    }
}
