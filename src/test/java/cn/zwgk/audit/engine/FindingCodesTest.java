package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code of docs/findings.md is named and given a severity in codes.yaml, emitted by some shipped rule and worded.
 * Which severity is the office's to decide (codes.yaml), so it is not held to the reference's default here.
 */
class FindingCodesTest {

    @Test
    void everySpecCodeHasAnEntryARuleAndAMessage() throws Exception {
        String spec = Files.readString(Fixtures.FINDINGS_REFERENCE, StandardCharsets.UTF_8);
        Map<String, String> codes = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\| (error|warning|info) \\|").matcher(spec);
        while (row.find()) codes.put(row.group(1), row.group(2));
        assertTrue(codes.size() >= 23, "codes read from findings.md: " + codes);

        StringBuilder drl = new StringBuilder();
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                drl.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        String messages = Files.readString(Path.of("rules/messages.yaml"), StandardCharsets.UTF_8);
        Codes book = Codes.load(Path.of("rules/codes.yaml"));
        codes.forEach((code, severity) -> {
            assertTrue(drl.toString().contains("emit.rule(\"" + code + "\""), code + " is not emitted");
            assertTrue(messages.contains("\n" + code + ":"), code + " has no message template");
            assertTrue(book.has(code), code + " has no entry in codes.yaml");
        });
    }
}
