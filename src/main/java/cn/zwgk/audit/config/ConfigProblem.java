package cn.zwgk.audit.config;

/**
 * One problem in an office-edited file under {@code rules/} or {@code templates/}, printed as {@code file:line: message}.
 *
 * @param file    the path of the file as the user would type it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in words the author of the file can act on
 */
public record ConfigProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
