package cn.zwgk.audit.config;

/**
 * One problem in an office-edited file under {@code rules/} or {@code templates/}, printed as {@code file:line: message}.
 *
 * @param file    the path of the file as the user would type it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in words the author of the file can act on
 * @param hint    how to put it right, or null
 * @param warning true for something worth a look that does not stop the run (e.g. a code no rule emits)
 */
public record ConfigProblem(String file, int line, String message, String hint, boolean warning) {

    public ConfigProblem(String file, int line, String message) {
        this(file, line, message, null, false);
    }

    public ConfigProblem(String file, int line, String message, String hint) {
        this(file, line, message, hint, false);
    }

    public static ConfigProblem warning(String file, int line, String message, String hint) {
        return new ConfigProblem(file, line, message, hint, true);
    }

    @Override
    public String toString() {
        String text = (warning ? "警告：" : "") + message + (hint == null || hint.isBlank() ? "" : "\n    提示：" + hint);
        return line > 0 ? file + ":" + line + ": " + text : file + ": " + text;
    }
}
