package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Section;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON output: the per-report findings of spec/findings.md, and any record (for {@code audit parse}). UTF-8, pretty. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The findings document of one report, with exactly the contract's field names (plus {@code rulesVersion}). */
    public static Map<String, Object> findings(Audit audit) {
        var report = audit.report();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", report.file());
        out.put("agency", report.agency());
        out.put("year", report.year());
        out.put("verdict", audit.verdict());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : report.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", s.number());
            m.put("title", s.heading() == null ? null : s.heading().strip());
            m.put("line", s.line());
            sections.add(m);
        }
        out.put("sections", sections);
        out.put("findings", audit.findings());
        out.put("rulesVersion", audit.rulesVersion());
        var c = audit.comparison();
        if (!c.equals(cn.zwgk.audit.model.Comparison.NONE)) {
            // only when the run compared reports: a report audited alone keeps exactly the documented fields
            Map<String, Object> compared = new LinkedHashMap<>();
            compared.put("previous", c.previous() == null ? null : c.previous().file());
            compared.put("previousYear", c.previous() == null ? null : c.previous().year());
            compared.put("previousUnmatched", c.unmatched());
            compared.put("peers", c.peers());
            out.put("compared", compared);
        }
        return out;
    }

    /**
     * A report's state in a campaign: the findings document plus {@code source} (the file's name), {@code roster}
     * (the agency as the office's roster names it, or null), {@code run}, {@code date}, {@code accepted} and
     * {@code review} (null for a first submission).
     */
    public static Map<String, Object> state(AuditView view) {
        Map<String, Object> out = findings(view.audit());
        LetterContext c = view.context();
        out.put("source", c.file());
        out.put("roster", c.agency() != null && !c.agency().equals(view.audit().report().agency()) ? c.agency() : null);
        out.put("run", c.run());
        out.put("date", view.date());
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (AcceptedFinding a : c.accepted()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("finding", a.finding());
            m.put("explanation", a.explanation());
            accepted.add(m);
        }
        out.put("accepted", accepted);
        out.put("review", c.review());
        out.put("sha256", c.sha256());
        return out;
    }

    public static void write(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON 序列化失败：" + e.getMessage(), e);
        }
    }
}
