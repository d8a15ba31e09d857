package cn.zwgk.audit.spill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A temporary file of byte blocks, each compressed (deflate at its fastest level: JSON shrinks to a sixth or less for
 * a fraction of the cost of writing it), appended and read back by position; what stays in memory is a {@link Place}
 * per block. The file is opened {@code DELETE_ON_CLOSE}, which on Linux unlinks it at once, so a killed run leaves
 * nothing behind. Thread-safe.
 */
public final class SpillFile implements AutoCloseable {

    /** Where a block is: its offset, its compressed length and its length as given. */
    public record Place(long at, int length, int size) {}

    private final Path file;
    private final FileChannel channel;
    private long end;

    private SpillFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** An empty spill file in the temporary folder, named {@code prefix…}. */
    public static SpillFile open(String prefix) throws IOException {
        Path f = Files.createTempFile(prefix, ".bin");
        return new SpillFile(f, FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE));
    }

    /** Appends {@code bytes}; throws when they cannot be written (a full temporary disk). */
    public Place put(byte[] bytes) throws IOException {
        byte[] packed = deflate(bytes);
        synchronized (this) {
            ByteBuffer b = ByteBuffer.wrap(packed);
            long at = end;
            while (b.hasRemaining()) channel.write(b, at + b.position());
            end += packed.length;
            return new Place(at, packed.length, bytes.length);
        }
    }

    /** The block at {@code p} as it was put. */
    public byte[] get(Place p) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(p.length());
        while (b.hasRemaining()) {
            if (channel.read(b, p.at() + b.position()) < 0) throw new IOException("临时文件被截断：" + file);
        }
        byte[] bytes = new byte[p.size()];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(b.array());
            if (inflater.inflate(bytes) != bytes.length) throw new IOException("临时文件已损坏：" + file);
        } catch (DataFormatException e) {
            throw new IOException("临时文件已损坏：" + file, e);
        } finally {
            inflater.end();
        }
        return bytes;
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] chunk = new byte[16 * 1024];
            while (!deflater.finished()) out.write(chunk, 0, deflater.deflate(chunk));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
