package cn.zwgk.audit.render;

import cn.zwgk.audit.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesTest {

    @Test
    void bundledTemplatesLoad() throws Exception {
        Templates t = Templates.load(Path.of("templates"));
        assertEquals("第 3 页 共 ${pages} 页", Templates.fill(t.report().pageNumber(), Map.of("page", 3)));
        assertEquals(7, t.report().sections().size());
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertEquals("致${office}：", Templates.fill("致${agency}：", Map.of("agency", "${office}", "office", "X")));
    }

    @Test
    void malformedYamlIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        copyBundled(dir);
        Path report = dir.resolve("report.yaml");
        String text = Files.readString(report, StandardCharsets.UTF_8)
                .replace("footer: ${office}", "footer: [${office}");
        Files.writeString(report, text, StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> Templates.load(dir));
        assertEquals(report.toString(), e.problems().get(0).file());
        assertTrue(e.problems().get(0).line() > 0, e.getMessage());
    }

    @Test
    void unknownPlaceholderAndMissingKeyAreReported(@TempDir Path dir) throws Exception {
        copyBundled(dir);
        Path report = dir.resolve("report.yaml");
        String text = Files.readString(report, StandardCharsets.UTF_8)
                .replace("salutation: ${addressee}：", "salutation: ${adressee}：")
                .replace("  basis: 依据\n", "");
        Files.writeString(report, text, StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> Templates.load(dir));
        int line = text.lines().toList().indexOf("salutation: ${adressee}：") + 1;
        assertTrue(e.getMessage().contains(report + ":" + line + ": 未知的占位符 ${adressee}"), e.getMessage());
        assertTrue(e.getMessage().contains("缺少 labels.basis"), e.getMessage());
    }

    @Test
    void missingFolderIsClear(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> Templates.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("模板目录不存在"));
    }

    private static void copyBundled(Path dir) throws Exception {
        for (String f : new String[]{"report.yaml", "summary.yaml"}) {
            Files.copy(Path.of("templates", f), dir.resolve(f));
        }
    }
}
