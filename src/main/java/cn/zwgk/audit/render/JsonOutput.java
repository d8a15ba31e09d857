package cn.zwgk.audit.render;

import java.io.IOException;
import java.io.OutputStream;

/** {@code NAME.json}: the findings document of spec/findings.md. */
final class JsonOutput implements ReportOutput {

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(AuditView view, OutputStream out) throws IOException {
        out.write(Json.bytes(Json.findings(view.audit())));
    }
}
