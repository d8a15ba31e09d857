package cn.zwgk.audit.audit;

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

/** Every code of spec/findings.md is emitted by some shipped rule with its default severity, and worded. */
class FindingCodesTest {

    @Test
    void everySpecCodeHasARuleWithItsDefaultSeverityAndAMessage() throws Exception {
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
        codes.forEach((code, severity) -> {
            assertTrue(drl.toString().contains("emit.rule(\"" + code + "\", \"" + severity + "\")"),
                    code + " is not emitted as " + severity);
            assertTrue(messages.contains("\n" + code + ":"), code + " has no message template");
        });
    }
}
