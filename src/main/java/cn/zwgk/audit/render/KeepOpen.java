package cn.zwgk.audit.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, handed to a zip writer: closing the zip (to finish it and release its compressor) flushes
 * this stream but leaves it open, since the caller owns it. Writes pass straight through (FilterOutputStream's own
 * array write goes byte by byte).
 */
public final class KeepOpen extends FilterOutputStream {

    public KeepOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
