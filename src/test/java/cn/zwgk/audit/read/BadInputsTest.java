package cn.zwgk.audit.read;

import cn.zwgk.audit.cli.AuditCommand;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that are damaged or not reports get a clear INPUT_UNREADABLE and never cost the other files of a batch. */
class BadInputsTest {

    private static Auditor auditor;

    @BeforeAll
    static void rules() throws Exception {
        auditor = SharedAuditor.get();
    }

    /** Writes a folder of damaged inputs around one good GBK report; returns file name → expected reason fragment. */
    static Map<String, String> folder(Path dir) throws Exception {
        SeedText seed = SeedText.of(SeedText.seeds().get(1));
        byte[] docx = DocxRendering.docx(seed);
        byte[] pdf = PdfRendering.pdf(seed);
        Files.write(dir.resolve("corrupt.docx"), Arrays.copyOf(docx, docx.length / 2));
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, 900));
        Files.writeString(dir.resolve("missing.html"), "<!doctype html><html><head><title>404</title></head><body>"
                + "<nav>首页</nav><h1>页面不存在</h1><p>您访问的页面已删除或不存在。</p><footer>网站地图</footer></body></html>",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("report-gbk.txt"),
                Files.readString(SeedText.seeds().get(1), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        Map<String, String> expected = new TreeMap<>();
        expected.put("corrupt.docx", "Word 文件已损坏");
        expected.put("truncated.pdf", "PDF 文件已损坏或不完整");
        expected.put("missing.html", "无法识别为政府信息公开工作年度报告");
        expected.put("old.doc", "Word 97-2003 .doc");
        expected.put("empty.txt", "文件为空");
        expected.put("report-gbk.txt", null);
        return expected;
    }

    @Test
    void eachBadInputGetsItsReasonAndTheGoodOneIsAudited(@TempDir Path dir) throws Exception {
        Map<String, String> expected = folder(dir);
        for (var e : expected.entrySet()) {
            Audit a = auditor.audit(dir.resolve(e.getKey()));
            List<Finding> unreadable = a.findings().stream().filter(f -> f.rule().equals("INPUT_UNREADABLE")).toList();
            if (e.getValue() == null) {
                assertTrue(a.report().readable(), e.getKey() + ": " + a.report().problems());
                assertEquals("GB18030", a.report().encoding());
                assertTrue(unreadable.isEmpty(), e.getKey());
                assertEquals(42L, a.report().cells().stream().filter(c -> c.table().equals("T3") && c.row().equals("A")
                        && c.column().equals("总计")).findFirst().orElseThrow().value());
            } else {
                assertEquals(1, a.findings().size(), e.getKey() + ": " + a.findings());
                assertEquals(1, unreadable.size(), e.getKey() + ": " + a.findings());
                String reason = unreadable.get(0).message();
                assertTrue(reason.contains(e.getValue()), e.getKey() + ": " + reason);
                // a sentence for a clerk: no exception class names, no library English
                assertFalse(reason.matches("(?s).*(Exception|Error\\b|java\\.|[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}).*"),
                        e.getKey() + ": " + reason);
            }
        }
    }

    @Test
    void aBatchOverThemWritesAResultForEveryFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Map<String, String> expected = folder(in);
        Path out = dir.resolve("out");
        StringWriter sink = new StringWriter();
        var cl = AuditCommand.commandLine();
        cl.setOut(new PrintWriter(sink, true));
        cl.setErr(new PrintWriter(sink, true));
        int code = cl.execute("check", "--no-pdf", "--out", out.toString(), in.toString());
        assertEquals(1, code, sink.toString()); // some reports fail; none stops the run
        try (Stream<Path> s = Files.list(out)) {
            long json = s.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().startsWith("summary")
                    && !p.getFileName().toString().equals("runs.json")).count();
            assertEquals(expected.size(), json, sink.toString());
        }
        String summary = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
        for (String name : expected.keySet()) assertTrue(summary.contains(name), name);
    }
}
