package cn.zwgk.audit.format;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.render.PdfChecks;
import cn.zwgk.audit.render.ReportPdf;
import cn.zwgk.audit.render.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** labels.yaml is the one description of the tables: a new row or a new wording is an edit there and nowhere else. */
class LabelsEditTest {

    @TempDir
    Path dir;

    @Test
    void aRowAndAWordingAddedToLabelsYamlAreParsedCheckedAndDrawn() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (var files = Files.list(Fixtures.RULES)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        // a fourth kind of 其他处理, and 同意公开 accepted as a wording of （一）予以公开
        edit(rules.resolve("labels.yaml"), "    - {key: C6.3, label: 3.其他, group: 其他处理}\n",
                "    - {key: C6.3, label: 3.其他, group: 其他处理}\n    - {key: C6.4, label: 4.申请人撤回申请, group: 其他处理}\n");
        edit(rules.resolve("labels.yaml"), "{key: C1, label: （一）予以公开, group: 办理结果}",
                "{key: C1, label: （一）予以公开, aliases: [（一）同意公开], group: 办理结果}");

        // seed 001 with one withdrawn application in the new row, so (七)总计 40 no longer adds up (13+18+9+1)
        Path report = dir.resolve("report.txt");
        String text = Files.readString(Fixtures.SEEDS.resolve("001_5947d9b708ca0c38.txt"), StandardCharsets.UTF_8);
        text = replace(text, "3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n",
                "3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n4.申请人撤回申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n");
        text = replace(text, "| (一)予以公开 |", "| (一)同意公开 |");
        Files.writeString(report, text, StandardCharsets.UTF_8);

        Auditor auditor = Auditor.fromRules(rules);
        Audit audit = auditor.audit(report);

        // parsed
        Cell withdrawn = cell(audit, "T3|C6.4|总计");
        assertEquals(CellState.NUMBER, withdrawn.state());
        assertEquals(1L, withdrawn.value());
        assertEquals(List.of("其他处理", "办理结果"), withdrawn.groups());
        assertEquals(13L, cell(audit, "T3|C1|总计").value());
        assertTrue(audit.findings().stream().noneMatch(f -> f.rule().equals("LABEL_VARIANT")
                || f.rule().equals("TABLE_INCOMPLETE")), audit.findings().toString());

        // checked: the new row counts in （七）总计 = the sum of the outcomes, and the finding marks it
        List<Finding> sums = audit.findings().stream().filter(f -> f.rule().equals("T3_RESULT_SUM")).toList();
        assertEquals(List.of("总计", "自然人"), sums.stream().map(Finding::column).toList(), audit.findings().toString());
        assertEquals(41L, sums.get(0).expected());
        assertEquals(40L, sums.get(0).actual());
        assertEquals(23, sums.get(0).cells().size(), "21 outcome rows, the new one and （七）总计");
        assertTrue(sums.get(0).cells().contains("T3|C6.4|总计"), sums.get(0).cells().toString());

        // drawn: the appendix has the new row
        byte[] pdf = new ReportPdf(Templates.load(Fixtures.TEMPLATES).report(), auditor.tables(), auditor.rules().codes())
                .render(audit, LocalDate.of(2024, 3, 1));
        String drawn = PdfChecks.of(pdf).text().replaceAll("\\s+", "");
        assertTrue(drawn.contains("4.申请人撤回申请"), drawn);
    }

    private static Cell cell(Audit audit, String key) {
        return audit.report().cells().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + key));
    }

    private static void edit(Path file, String from, String to) throws Exception {
        Files.writeString(file, replace(Files.readString(file, StandardCharsets.UTF_8), from, to),
                StandardCharsets.UTF_8);
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "should contain " + from);
        return text.replace(from, to);
    }
}
