package cn.zwgk.audit.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file written for every audited report, {@code NAME.extension}. Implementations are thread-safe: one instance
 * serves a whole batch. Register a new one in {@link Outputs#standard}.
 */
public interface ReportOutput {

    /** The file name's ending, e.g. {@code pdf}; also how {@code --without} names the output. */
    String extension();

    void write(AuditView view, OutputStream out) throws IOException;

    /** Whether this is a letter to the agency: a file that is not a readable report gets none. */
    default boolean letter() {
        return true;
    }
}
