package cn.zwgk.audit.limits;

/**
 * A failure in words a clerk can act on. Java's exception class names and English library messages never reach a
 * clerk: a message is kept only when it is already Chinese (ours), otherwise the kind of failure is said in Chinese.
 */
public final class Failures {

    private static final java.util.regex.Pattern JAVA_NAMES =
            java.util.regex.Pattern.compile("Exception|Error\\b|java\\.|\\bat [\\w.$]+\\(");

    private Failures() {}

    /** A Chinese sentence (without final punctuation) for {@code t}. */
    public static String describe(Throwable t) {
        // the root cause says what happened; wrappers (Drools' "Exception executing consequence…") only where
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof OverBudgetException || ours(root.getMessage())) return root.getMessage().strip();
        String kind = kind(root);
        if (!kind.equals(INTERNAL)) return kind;
        for (Throwable c = t; c != null && c != root; c = c.getCause()) {
            if (ours(c.getMessage())) return c.getMessage().strip();
        }
        return INTERNAL;
    }

    private static final String INTERNAL = "程序内部错误";

    private static String kind(Throwable t) {
        if (t instanceof StackOverflowError) return "内容嵌套或递归过深，超出了处理能力";
        if (t instanceof OutOfMemoryError) return "所需内存超出了上限";
        if (t instanceof ArithmeticException) return "数值计算出错（除以零或数值超出范围）";
        if (t instanceof NumberFormatException) return "遇到无法识别的数字";
        if (t instanceof NullPointerException) return "遇到缺失的数据（空值）";
        if (t instanceof IndexOutOfBoundsException) return "数据位置超出范围";
        if (t instanceof ClassCastException) return "数据类型不符";
        if (t instanceof java.io.IOException) return "文件读写出错";
        return INTERNAL;
    }

    /**
     * A message written for people (ours): it has Chinese and no Java names in it. A library's English that merely
     * quotes a Chinese rule name does not count.
     */
    static boolean ours(String s) {
        if (s == null || JAVA_NAMES.matcher(s).find()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.codePointAt(i)) == Character.UnicodeScript.HAN) return true;
        }
        return false;
    }
}
