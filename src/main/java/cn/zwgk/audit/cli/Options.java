package cn.zwgk.audit.cli;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.render.Outputs;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** {@code --formats} and {@code --no-pdf}: which files each report gets (a format not chosen is not loaded). */
    static final class Formats {
        @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
                description = "每份报告生成哪些文件，逗号分隔：json、pdf、docx（默认全部）。未选的格式连同同类汇总文件都不生成"
                        + "（不选 docx 则无 通报.docx，不选 pdf 则无 summary.pdf、通报.pdf）；NAME.json 是审查记录，总会生成")
        List<String> names;

        @Option(names = "--no-pdf", description = "不生成任何 PDF（逐份 PDF、summary.pdf、通报.pdf），即 --formats 中去掉 pdf")
        boolean noPdf;

        /** The chosen formats (always with the record, JSON); an unknown name or a contradiction is a usage error. */
        Set<String> chosen(CommandLine.Model.CommandSpec spec) {
            Set<String> chosen = new LinkedHashSet<>();
            if (names == null) {
                chosen.addAll(Outputs.FORMATS);
            } else {
                List<String> unknown = new ArrayList<>();
                for (String n : names) {
                    String name = n.strip().toLowerCase(Locale.ROOT);
                    if (Outputs.FORMATS.contains(name)) chosen.add(name);
                    else unknown.add(n.isBlank() ? "（空）" : n.strip());
                }
                if (!unknown.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--formats 中的格式无法识别："
                            + String.join("、", unknown) + "；可选的格式：" + String.join("、", Outputs.FORMATS)
                            + "（以逗号分隔，如 --formats json,pdf）");
                }
                if (noPdf && chosen.contains("pdf")) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--no-pdf 与 --formats 中的 pdf 互相矛盾：请只用其中一个");
                }
            }
            if (noPdf) chosen.remove("pdf");
            chosen.add(Outputs.RECORD);
            return chosen;
        }
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
