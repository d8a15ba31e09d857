package cn.zwgk.audit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Writes a file so that it either appears whole or not at all: into a hidden temporary file beside it, then an atomic
 * rename. An interrupted run never leaves a half-written PDF; on Ctrl-C the temporary files in flight are removed too.
 */
public final class AtomicFiles {

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /**
     * Held (shared) from a temporary file's registration to its creation, and (alone) by the exit's clean-up: a file
     * being made as the run is stopped is either removed with the others or never made.
     */
    private static final ReadWriteLock CREATING = new ReentrantReadWriteLock();
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // a file being made takes microseconds; a disk that hangs must not keep the run from stopping
                CREATING.writeLock().tryLock(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopping = true;
            for (Path p : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // exiting anyway; a hidden .tmp file is skipped by the next run
                }
            }
        }, "remove-partial-files"));
    }

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFiles() {}

    /** The temporary files {@link #write} makes: hidden, the target's name, random digits, ".tmp". */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\d+\\.tmp");

    /**
     * Deletes the temporary files a killed run ({@code kill -9}, power loss) left in {@code dir}; returns how many.
     * Files under final names are always whole, so only these need cleaning.
     */
    public static int removeLeftovers(Path dir) {
        int n = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (TEMPORARY.matcher(p.getFileName().toString()).matches() && !IN_FLIGHT.contains(p)
                        && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        } catch (IOException e) {
            // an output folder we cannot list fails soon enough on the first write, with a clearer message
        }
        return n;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A hidden name beside the target that no other writer uses ({@link #TEMPORARY}). */
    private static Path temporary(Path dir, Path target) {
        return dir.resolve("." + target.getFileName() + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = temporary(dir, target);
        OutputStream file;
        CREATING.readLock().lock();
        try {
            if (stopping) throw new IOException("运行正在停止，未写出 " + target.getFileName());
            IN_FLIGHT.add(tmp);
            // CREATE_NEW with no explicit permissions: the file gets the umask's (createTempFile would make it 0600,
            // and the office's colleagues could not open the letters)
            file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            IN_FLIGHT.remove(tmp);
            throw e;
        } finally {
            CREATING.readLock().unlock();
        }
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(file, 1 << 16)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }
}
