package cn.zwgk.audit.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON of spec/findings.md: the office's scripts depend on these exact names. */
class JsonTest {

    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void findingsDocumentHasContractFields() throws Exception {
        byte[] bytes = Json.bytes(Json.findings(Samples.audit()));
        JsonNode doc = M.readTree(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(List.of("file", "agency", "year", "verdict", "sections", "findings", "rulesVersion"), names(doc));
        assertEquals("reports/泸州江阳.txt", doc.get("file").asText());
        assertEquals(Samples.AGENCY, doc.get("agency").asText());
        assertEquals(2023, doc.get("year").asInt());
        assertEquals("fail", doc.get("verdict").asText());
        assertEquals(6, doc.get("sections").size());
        JsonNode s1 = doc.get("sections").get(0);
        assertEquals(List.of("number", "title", "line"), names(s1));
        assertEquals("一、总体情况", s1.get("title").asText());
        assertEquals(3, s1.get("line").asInt());

        JsonNode f = doc.get("findings").get(1);
        assertEquals(List.of("rule", "severity", "section", "table", "row", "column", "line", "expected", "actual",
                "evidence", "message", "basis", "advice"), names(f));
        assertEquals("NARRATIVE_MISMATCH", f.get("rule").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals(1, f.get("section").asInt());
        assertEquals("T3", f.get("table").asText());
        assertEquals("一、本年新收政府信息公开申请数量", f.get("row").asText());
        assertEquals("总计", f.get("column").asText());
        assertEquals(9, f.get("line").asInt());
        assertEquals(42, f.get("expected").asInt());
        assertEquals(41, f.get("actual").asInt());
        assertEquals("warning", doc.get("findings").get(0).get("severity").asText());
        assertTrue(doc.get("findings").get(0).get("table").isNull(), "a field that does not apply is null");
        assertEquals("650.5", doc.get("findings").get(6).get("expected").asText(), "decimal amounts stay exact");
    }

    @Test
    void unreadableReportHasNullAgencyAndYearAndFails() throws Exception {
        JsonNode doc = M.readTree(Json.bytes(Json.findings(Samples.unreadable("x/empty.txt"))));
        assertEquals("x/empty.txt", doc.get("file").asText());
        assertTrue(doc.get("agency").isNull());
        assertTrue(doc.get("year").isNull());
        assertEquals("fail", doc.get("verdict").asText());
        assertEquals("INPUT_UNREADABLE", doc.get("findings").get(0).get("rule").asText());
    }

    @Test
    void passWhenOnlyWarnings() throws Exception {
        var audit = new cn.zwgk.audit.model.Audit(Samples.report("某局", 2023),
                Samples.findings().stream().filter(f -> f.severity() != cn.zwgk.audit.model.Severity.ERROR).toList(),
                "v", 1);
        assertEquals("pass", M.readTree(Json.bytes(Json.findings(audit))).get("verdict").asText());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
