package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a report is compared by, and whose it is: the whole narrative (the six sections' text, tables left out) and
 * section 五 as printed. A peer needs no more than this, so the batch keeps it apart from the full parsed report
 * ({@link ParsedReports#putText}): reading a peer back is a few KB instead of the whole report's JSON.
 */
record ReportText(String file, String agency, Integer year, String whole, String section5) {

    static ReportText of(Report r) {
        String whole = r.sections().stream().map(Section::text).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        String five = r.sections().stream().filter(s -> s.number() == 5).map(Section::text)
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return new ReportText(r.file(), r.agency(), r.year(), whole, five);
    }

    byte[] bytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream(whole.length() * 3 + section5.length() * 3 + 256);
        try (DataOutputStream out = new DataOutputStream(b)) {
            string(out, file);
            string(out, agency);
            out.writeInt(year == null ? Integer.MIN_VALUE : year);
            string(out, whole);
            string(out, section5);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return b.toByteArray();
    }

    static ReportText of(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String file = string(in);
            String agency = string(in);
            int year = in.readInt();
            return new ReportText(file, agency, year == Integer.MIN_VALUE ? null : year, string(in), string(in));
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
