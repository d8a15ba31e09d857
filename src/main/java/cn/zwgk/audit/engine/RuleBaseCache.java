package cn.zwgk.audit.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compiled rule bases kept on disk between runs, so that a run over unchanged rules skips the Drools compile (several
 * seconds of CPU) and loads the compiled packages instead (about a third of that).
 *
 * <p>The key is a hash of every file of the rules folder (not its tests/), of this program's own classes (the facts the rules
 * match are its records) and of the Drools and Java versions: any edit, rebuild or upgrade makes a new key, and a
 * stale entry is never read. The stored form is Drools' own serialisation of its compiled packages plus the classes
 * it generated for {@code declare}d types — Drools internals, so any problem reading or writing an entry (a
 * different Drools, a damaged file, a read-only or missing folder) just means a normal compile; the cache can make a
 * run faster, never different. {@code -Dzwgk.cache=off} turns it off, {@code -Dzwgk.cache=DIR} moves it.
 */
public final class RuleBaseCache {

    private static final String MAGIC = "zwgk-audit rule base 1";
    /** Entries kept; older ones (rules edited since) are deleted when a new one is written. */
    private static final int KEEP = 8;

    private static volatile String programHash;

    private final Path dir;

    /** A cache in {@code dir}; null means disabled. */
    RuleBaseCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache of this user: {@code -Dzwgk.cache}, else {@code $XDG_CACHE_HOME/zwgk-audit}, else
     * {@code ~/.cache/zwgk-audit} — outside the rules folder the office edits and outside the program's folder,
     * which may be read-only.
     */
    public static RuleBaseCache standard() {
        String set = System.getProperty("zwgk.cache");
        if (set != null) return new RuleBaseCache(set.isBlank() || set.equals("off") ? null : Path.of(set));
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return new RuleBaseCache(Path.of(xdg, "zwgk-audit"));
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) return new RuleBaseCache(null);
        return new RuleBaseCache(Path.of(home, ".cache", "zwgk-audit"));
    }

    boolean enabled() {
        return dir != null;
    }

    /**
     * The key of {@code rulesDir} as it is now, or null when a file cannot be read (then nothing is cached). Every
     * file of the folder itself counts (the compile reads the rules, codes, messages and the format's YAML there); the
     * test cases under tests/ do not, so that editing a case does not cost {@code rules test} a compile.
     */
    static String key(Path rulesDir) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((MAGIC + "\0" + program() + "\0").getBytes(StandardCharsets.UTF_8));
            List<Path> files;
            try (Stream<Path> s = Files.list(rulesDir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sha.update(rulesDir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] bytes = Files.readAllBytes(f);
                sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key of a full run of the cases under {@code rulesDir}/tests: {@link #key} with the folder's path, every file
     * below tests/ (the cases and their reports), the {@code reports} the cases read (one may lie outside tests/) and
     * the {@code zwgk.*} settings (a limit may change an outcome); null when a file cannot be read.
     */
    static String testsKey(Path rulesDir, List<Path> reports) {
        String rules = key(rulesDir);
        Path tests = rulesDir.resolve(RuleTests.FOLDER);
        if (rules == null || !Files.isDirectory(tests)) return null;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // the folder as named and where it is: the results quote the case files by that path
            sha.update((rules + "\0" + rulesDir + "\0" + rulesDir.toAbsolutePath().normalize() + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            List<Path> files;
            try (Stream<Path> s = Files.walk(tests)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                sha.update((tests.relativize(f) + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            Path inTests = tests.toAbsolutePath().normalize();
            for (Path f : reports) {
                if (f.startsWith(inTests)) continue;   // read above
                byte[] bytes = Files.readAllBytes(f);
                sha.update((f + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("zwgk.")).sorted()
                    .forEach(n -> sha.update((n + "=" + System.getProperty(n) + "\0").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored results of the cases under {@code key} ({@link #testsKey}), or null. */
    byte[] loadResults(String key) {
        if (dir == null || key == null) return null;
        try {
            byte[] bytes = Files.readAllBytes(resultsFile(key));
            touch(resultsFile(key));
            return bytes;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores the results of the cases under {@code key}; a folder that cannot be written just leaves them unstored. */
    void storeResults(String key, byte[] results) {
        if (dir == null || key == null) return;
        try {
            writeWhole("tests-", resultsFile(key), out -> out.write(results));
        } catch (Exception e) {
            // read-only or full folder: the next run runs the cases again
        }
    }

    private Path resultsFile(String key) {
        return dir.resolve("tests-" + key.substring(0, 32) + ".json");
    }

    /** Whether there is an entry for {@code key} (which may still prove damaged when loaded). */
    boolean has(String key) {
        return dir != null && key != null && Files.isRegularFile(file(key));
    }

    /** The compiled rule base stored under {@code key}, or null when there is none or it cannot be used. */
    KieBase load(String key) {
        if (dir == null || key == null) return null;
        Path file = file(key);
        if (!Files.isRegularFile(file)) return null;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleBaseCache.class.getClassLoader());
            List<KiePackage> packages;
            try (ObjectInputStream in = new DroolsObjectInputStream(raw, loader)) {
                if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) return null;
                @SuppressWarnings("unchecked")
                Map<String, byte[]> classes = (Map<String, byte[]>) in.readObject();
                loader.storeClasses(classes);
                @SuppressWarnings("unchecked")
                List<KiePackage> read = (List<KiePackage>) in.readObject();
                packages = read;
            }
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.Factory.get().newKieBaseConfiguration(null, loader));
            base.addPackages(packages);
            touch(file);
            return base;
        } catch (Exception | LinkageError e) {
            // written by another Drools or damaged: compile instead, and let the next store replace it
            deleteQuietly(file);
            return null;
        }
    }

    /** Stores {@code base} under {@code key}; a folder that cannot be written just leaves the cache empty. */
    void store(String key, KieBase base) {
        if (dir == null || key == null) return;
        try {
            writeWhole("rulebase-", file(key), raw -> {
                ObjectOutputStream out = new DroolsObjectOutputStream(raw);
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                out.writeObject(new HashMap<>(generatedClasses(base)));
                out.writeObject(new ArrayList<>(base.getKiePackages()));
                out.flush();
            });
        } catch (Exception | LinkageError e) {
            // read-only or full folder, or a rule base Drools cannot serialise: run without the cache
        }
    }

    /** Writes an entry's content. */
    private interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    /**
     * Writes {@code target} whole or not at all (a temporary file beside it, then a rename: another process may be
     * reading the folder), then prunes the entries starting with {@code prefix}.
     */
    private void writeWhole(String prefix, Path target, Content content) throws Exception {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteQuietly(tmp);
        }
        prune(prefix);
    }

    /** The bytecode of the classes Drools generated for the rules' {@code declare}d types. */
    private static Map<String, byte[]> generatedClasses(KieBase base) {
        if (base instanceof InternalKnowledgeBase kb && kb.getRootClassLoader() instanceof ProjectClassLoader pcl
                && pcl.getStore() != null) {
            return pcl.getStore();
        }
        throw new IllegalStateException("未知的规则库类加载器");
    }

    private Path file(String key) {
        return dir.resolve("rulebase-" + key.substring(0, 32) + ".bin");
    }

    private void prune(String prefix) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.toString().endsWith(".tmp"))
                    .sorted(Comparator.comparing(RuleBaseCache::modified).reversed()).toList();
        }
        for (int i = KEEP; i < entries.size(); i++) deleteQuietly(entries.get(i));
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // read-only cache: the entry still serves
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // read-only cache folder
        }
    }

    /**
     * This program's classes (a jar's class entries, or every class file of a classes folder) with the Drools and Java
     * versions: a rebuilt program may have changed the records the compiled rules read.
     */
    private static String program() throws IOException {
        String h = programHash;
        if (h != null) return h;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path code = Path.of(RuleBaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                List<Path> classes;
                try (Stream<Path> s = Files.walk(code)) {
                    classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path c : classes) {
                    sha.update(code.relativize(c).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(c));
                }
            } else {
                // the jar's class entries by name, size and CRC from its central directory: hashing the whole jar
                // would read the 20 MB of fonts in it at every start
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream().filter(e -> e.getName().endsWith(".class"))
                            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    for (ZipEntry e : entries) {
                        sha.update((e.getName() + "\0" + e.getSize() + "\0" + e.getCrc() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            String drools = String.valueOf(KieBase.class.getProtectionDomain().getCodeSource().getLocation())
                    + InternalKnowledgeBase.class.getProtectionDomain().getCodeSource().getLocation();
            sha.update((drools + "\0" + System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8));
            programHash = h = HexFormat.of().formatHex(sha.digest());
            return h;
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            throw new IOException("无法确定程序位置", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
