package cn.zwgk.audit.campaign;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The office's settings of a campaign ({@code office.yaml}): who writes, the 文号, the 整改期限, who to call, the audit
 * date, the report year expected and the fonts of the Word documents.
 */
public record Office(String office, String docNumber, String deadline, String contact, String phone,
                     String auditDate, Integer year, Map<String, String> fonts) {

    public static final String FILE = "office.yaml";

    /** What a value still holding the template's example looks like. */
    private static final Pattern PLACEHOLDER = Pattern.compile("某某|XX|ＸＸ|xx");

    public Office {
        fonts = fonts == null ? Map.of() : Map.copyOf(fonts);
    }

    /**
     * The campaign's office.yaml; when the folder has none, the template's copy is put there first (for the clerk to
     * fill in), so a campaign always carries its own settings.
     */
    public static Office load(Path campaign, Path templates) throws ConfigException {
        Path file = campaign.resolve(FILE);
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(campaign);
                Files.copy(templates.resolve(FILE), file);
            } catch (IOException e) {
                throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法生成审查批次设置：" + e.getMessage()));
            }
        }
        Office o = YamlFiles.read(file, Office.class);
        if (o.auditDate() != null && !o.auditDate().isBlank()) {
            try {
                LocalDate.parse(o.auditDate().strip());
            } catch (DateTimeParseException e) {
                throw new ConfigException(new ConfigProblem(file.toString(), 0,
                        "auditDate 应写作 2025-01-15 这样的日期：" + o.auditDate()));
            }
        }
        return o;
    }

    /** The audit date: the command line's, else office.yaml's, else today. */
    public LocalDate date(LocalDate given) {
        if (given != null) return given;
        if (auditDate != null && !auditDate.isBlank()) return LocalDate.parse(auditDate.strip());
        return LocalDate.now();
    }

    /** The fields still holding the template's placeholders or empty, by name, for a warning. */
    public List<String> placeholders() {
        List<String> out = new ArrayList<>();
        details(LocalDate.now()).forEach((k, v) -> {
            if (v.isBlank() || PLACEHOLDER.matcher(v).find()) out.add(k);
        });
        return out;
    }

    /** The template placeholders these settings fill: office, docNumber, deadline, contact, phone. */
    public Map<String, String> details(LocalDate date) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("office", nz(office));
        m.put("docNumber", nz(docNumber).replace("${year}", Integer.toString(date.getYear())));
        m.put("deadline", nz(deadline));
        m.put("contact", nz(contact));
        m.put("phone", nz(phone));
        return m;
    }

    /** The Word documents' fonts as fontTitle, fontHeading, fontBody (absent ones: the renderer's defaults). */
    public Map<String, String> fontKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        fonts.forEach((k, v) -> m.put("font" + Character.toUpperCase(k.charAt(0)) + k.substring(1), v));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
