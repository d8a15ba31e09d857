package cn.zwgk.audit.batch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputNamesTest {

    @Test
    void namesComeFromPathsBelowTheCommonFolder() {
        List<Path> files = List.of(Path.of("in/seeds/000_a.txt"), Path.of("in/real/006.txt"), Path.of("in/x.docx"));
        assertEquals(List.of("seeds__000_a", "real__006", "x"), OutputNames.list(files));
    }

    @Test
    void collisionsGetSuffixesAlsoAcrossCaseAndExtensions() {
        List<Path> files = List.of(Path.of("d/报告.txt"), Path.of("d/报告.docx"), Path.of("d/REPORT.txt"),
                Path.of("d/report.pdf"), Path.of("d/summary.txt"));
        List<String> names = OutputNames.list(files);
        assertEquals(List.of("报告", "报告-2", "REPORT", "report-2", "summary-2"), names);
        assertEquals(names.size(), new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size());
    }

    @Test
    void sanitisedNamesStayInsideTheOutputFolder() {
        for (String evil : new String[]{"../../etc/passwd", "..", "a\u0000b\nc\td", "x:y*z?\"<>|", ".hidden",
                "-rf", "\u202Egnp.exe", "   ", "con"}) {
            String name = OutputNames.sanitise(evil);
            assertFalse(name.isEmpty());
            assertFalse(name.contains("/") || name.contains("\\") || name.contains(".."), name);
            assertFalse(name.startsWith(".") || name.startsWith("-"), name);
            assertTrue(name.chars().noneMatch(c -> c < 0x20 || c == 0x202E), name);
            Path out = Path.of("/out").resolve(name + ".pdf").normalize();
            assertEquals(Path.of("/out"), out.getParent(), name);
        }
        assertEquals("con-2", OutputNames.list(List.of(Path.of("con.txt"))).get(0));
    }

    @Test
    void longNamesAreCappedInBytes() {
        String longName = "政府信息公开工作年度报告".repeat(30) + ".txt";
        String name = OutputNames.list(List.of(Path.of(longName), Path.of(longName.replace(".txt", ".doc")))).get(1);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_BYTES, name);
        assertTrue(name.endsWith("-2"));
        String first = OutputNames.sanitise("政府".repeat(100));
        assertTrue(first.getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_BYTES);
        assertEquals(0, first.length() % 2, "cut between characters, not inside one");
    }
}
