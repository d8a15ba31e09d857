package cn.zwgk.audit.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code NAME.json}: the findings document of spec/findings.md, and in a campaign the report's state (which run
 * audited it, when, the roster's name, the accepted findings and the comparison with the previous audit), from
 * which the campaign's overview is rebuilt.
 */
final class JsonOutput implements ReportOutput {

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(AuditView view, OutputStream out) throws IOException {
        out.write(Json.bytes(Json.state(view)));
    }

    @Override
    public boolean letter() {
        return false;
    }
}
