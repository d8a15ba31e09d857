package cn.zwgk.audit.cli;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;

import java.nio.file.Files;
import java.nio.file.Path;

/** The office-edited folders, relative to the current directory unless given absolute. */
final class Folders {

    private Folders() {}

    static Path rules(Path given) throws ConfigException {
        return existing(given, "规则目录", "--rules");
    }

    static Path templates(Path given) throws ConfigException {
        return existing(given, "模板目录", "--templates");
    }

    private static Path existing(Path given, String what, String option) throws ConfigException {
        Path dir = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(new ConfigProblem(given.toString(), 0,
                    what + "不存在（" + dir + "）；请在项目目录下运行，或用 " + option + " DIR 指定"));
        }
        return given;
    }
}
