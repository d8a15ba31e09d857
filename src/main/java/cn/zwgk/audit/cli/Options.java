package cn.zwgk.audit.cli;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Options several commands share, as picocli mixins, so each is declared and checked in one place. */
final class Options {

    private Options() {}

    /** {@code --rules DIR}: the office's rule folder. */
    static final class Rules {
        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则目录（默认 ./${DEFAULT-VALUE}）")
        Path dir;

        Path folder() throws ConfigException {
            return existing(dir, "规则目录", "--rules");
        }
    }

    /** {@code --templates DIR}: the fixed wording of the PDFs. */
    static final class Templates {
        @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
                description = "模板目录（默认 ./${DEFAULT-VALUE}）")
        Path dir;

        Path folder() throws ConfigException {
            return existing(dir, "模板目录", "--templates");
        }
    }

    /** {@code --threads N}: parallel audits, one per core unless told. */
    static final class Threads {
        @Option(names = "--threads", paramLabel = "N", description = "并行线程数（默认为 CPU 核数）")
        Integer count;

        int count() {
            return count != null ? count : Runtime.getRuntime().availableProcessors();
        }
    }

    /** The rules, the templates and the threads of a batch ({@code check}, {@code bench}). */
    static final class Batch {
        @Mixin
        Rules rules;

        @Mixin
        Templates templates;

        @Mixin
        Threads threads;
    }

    /** {@code --watch}: keep one JVM and check (or test) again whenever a file under rules/ changes. */
    static final class Watch {
        @Option(names = "--watch", description = "不退出：规则目录中的文件一有改动就重新编译、重新检查（test 则重新运行用例）")
        boolean on;
    }

    /** The office-edited folders are relative to the current directory unless given absolute. */
    private static Path existing(Path given, String what, String option) throws ConfigException {
        Path dir = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(new ConfigProblem(given.toString(), 0,
                    what + "不存在（" + dir + "）；请在项目目录下运行，或用 " + option + " DIR 指定"));
        }
        return given;
    }
}
