package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void everyCommandHasHelp() {
        String[][] commands = {{}, {"check"}, {"parse"}, {"rules"}, {"rules", "check"}, {"rules", "test"}, {"bench"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            Cli r = Cli.run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().contains("用法：audit"), r.out());
        }
        assertTrue(Cli.run("check", "--help").out().contains("--out=DIR"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run().code(), "no command");
        assertEquals(2, Cli.run("rules").code(), "no rules subcommand");
        Cli noPath = Cli.run("check");
        assertEquals(2, noPath.code(), "no path");
        assertTrue(noPath.err().startsWith("缺少必需的参数：PATH"), noPath.err());
        Cli bogus = Cli.run("check", "--bogus", "x");
        assertEquals(2, bogus.code(), "unknown option");
        assertTrue(bogus.err().startsWith("无法识别的参数或选项：--bogus"), bogus.err());
        Cli missing = Cli.run("check", "no/such/folder");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("路径不存在：no/such/folder"), missing.err());
        assertEquals(2, Cli.run("parse", "no/such/file.txt").code());
        Cli outIsFile = Cli.run("check", "--out", "pom.xml", "templates");
        assertEquals(2, outIsFile.code());
        assertTrue(outIsFile.err().contains("输出目录不是文件夹：pom.xml"), outIsFile.err());
    }

    @Test
    void absentRulesFolderIsSaidClearly(@TempDir Path dir) {
        for (String[] args : new String[][]{{"rules", "check", "--rules", dir.resolve("r").toString()},
                {"rules", "test", "--rules", dir.resolve("r").toString()},
                {"check", "--rules", dir.resolve("r").toString(), "--out", dir.resolve("o").toString(), "templates"}}) {
            Cli r = Cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("规则目录不存在"), r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        }
    }

    @Test
    void brokenTemplatesStopTheRunBeforeAnyAudit(@TempDir Path dir) throws Exception {
        Path tpl = dir.resolve("templates");
        java.nio.file.Files.createDirectories(tpl);
        java.nio.file.Files.writeString(tpl.resolve("report.yaml"), "office: [unclosed\n");
        java.nio.file.Files.copy(Path.of("templates/summary.yaml"), tpl.resolve("summary.yaml"));
        Cli r = Cli.run("check", "--templates", tpl.toString(), "--out", dir.resolve("o").toString(),
                Fixtures.SEEDS.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(tpl.resolve("report.yaml") + ":"), r.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("o")), "nothing written");
    }

    @Test
    void benchWritesOnlyTheChosenFormats() {
        Cli json = Cli.run("bench", "--count", "4", "--stages", "0", "--threads", "1", "--formats", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("报告 4 份"), json.out());
        assertTrue(json.out().contains("审查并生成 json："), json.out());
        assertFalse(json.out().contains("PDF 平均"), "no PDF written: " + json.out());
        assertTrue(json.out().contains("其中读取并比对各份文字"), "compared as check compares: " + json.out());
        Cli bogus = Cli.run("bench", "--count", "4", "--formats", "json,xls");
        assertEquals(2, bogus.code());
        assertTrue(bogus.err().contains("--formats 中的格式无法识别：xls"), bogus.err());
    }
}
