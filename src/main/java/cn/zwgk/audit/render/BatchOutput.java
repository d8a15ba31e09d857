package cn.zwgk.audit.render;

import java.io.IOException;
import java.io.OutputStream;

/** A file written once per batch from its summary, e.g. {@code summary.csv}. Register one in {@link Outputs#standard}. */
public interface BatchOutput {

    String fileName();

    void write(BatchSummary summary, OutputStream out) throws IOException;

    /** An output whose bytes a function makes. */
    static BatchOutput of(String fileName, java.util.function.Function<BatchSummary, byte[]> bytes) {
        return new BatchOutput() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void write(BatchSummary summary, OutputStream out) throws IOException {
                out.write(bytes.apply(summary));
            }
        };
    }
}
