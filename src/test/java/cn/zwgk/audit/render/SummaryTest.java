package cn.zwgk.audit.render;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTest {

    static BatchSummary summary() {
        Audit clean = new Audit(Samples.report("昆明市政务服务管理局", 2023), List.of(), "v1", 1);
        return new BatchSummary(List.of(
                BatchSummary.Entry.of(clean, "b", null),
                BatchSummary.Entry.of(Samples.audit(), "a", null),
                BatchSummary.Entry.of(Samples.unreadable("=cmd|x,\"y\".txt"), "c", null)),
                "v1", LocalDate.of(2024, 3, 1), 1.5, List.of("json", "pdf"));
    }

    @Test
    void countsAndWorstFirst() {
        BatchSummary s = summary();
        assertEquals(1, s.passed());
        assertEquals("50.0%", s.passRate(), "the unreadable file is not in the pass rate");
        assertEquals(1, s.unreadable().size());
        assertEquals(4L, s.bySeverity().get("error"), "the unreadable file's finding is listed apart, not counted");
        assertEquals(List.of("a", "c", "b"), s.worstFirst().stream().map(BatchSummary.Entry::name).toList());
        assertEquals("CELL_INVALID", s.byCode().keySet().iterator().next(), "ties by code name");
    }

    @Test
    void csvOpensInExcel() {
        byte[] csv = SummaryFiles.csv(summary(), templates().summary());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3), "UTF-8 BOM");
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("文件,机关,年度,结论,错误,警告,提示"), lines.get(0));
        assertTrue(lines.get(2).startsWith("reports/泸州江阳.txt,泸州市江阳区人民政府办公室,2023,不通过,4,2,1,"), lines.get(2));
        // a name with a comma and quotes is quoted; a leading '=' cannot become a formula
        assertTrue(lines.get(3).startsWith("\"'=cmd|x,\"\"y\"\".txt\",,,不通过,1,0,0,INPUT_UNREADABLE"), lines.get(3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\r\n"));
    }

    @Test
    void jsonSummary() throws Exception {
        JsonNode n = new ObjectMapper().readTree(Json.bytes(SummaryFiles.json(summary())));
        assertEquals(3, n.get("total").asInt());
        assertEquals(1, n.get("passed").asInt());
        assertEquals("2024-03-01", n.get("date").asText());
        assertFalse(n.get("byCode").has("INPUT_UNREADABLE"), "unreadable files are listed apart");
        assertEquals(1, n.get("unreadable").asInt());
        assertEquals("a.pdf", n.get("reports").get(1).get("pdf").asText());
        assertTrue(n.get("reports").get(2).get("agency").isNull());
        // a report's codes in code order, the same in every run (the entry's own map has no order: 7 codes, 5,040)
        List<String> codes = new java.util.ArrayList<>();
        n.get("reports").get(1).get("codes").fieldNames().forEachRemaining(codes::add);
        assertEquals(7, codes.size());
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void summaryPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryPdf(templates(), Fixtures.codes()).write(summary(), out);
        java.nio.file.Files.write(Path.of("target/sample-summary.pdf"), out.toByteArray());
        PdfChecks pdf = PdfChecks.of(out.toByteArray());
        assertTrue(pdf.text().contains("昆明市政务服务管理局"));
        assertTrue(pdf.text().contains(Samples.AGENCY));
        assertTrue(pdf.text().contains("50.0%"), "the unreadable file is not in the pass rate");
        // the chart names each code in Chinese
        for (String code : summary().byCode().keySet()) {
            assertTrue(pdf.text().contains(Fixtures.codes().name(code)), code);
        }
        assertTrue(pdf.embedded().stream().allMatch(e -> e), pdf.fonts().toString());
        // worst first: the failing report with 4 errors comes before the clean one
        assertTrue(pdf.text().indexOf(Samples.AGENCY, pdf.text().indexOf("各报告审查结果"))
                < pdf.text().indexOf("昆明市政务服务管理局", pdf.text().indexOf("各报告审查结果")));
    }

    static Templates templates() {
        try {
            return Templates.load(Path.of("templates"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
