package cn.zwgk.audit.campaign;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agencies the office expects a report from ({@code agencies.csv} or {@code agencies.xlsx} in the campaign
 * folder): the agency's name, the file or folder name that identifies its submission, and a contact. A first row
 * naming the columns (单位/机关, 文件名, 联系人) is recognised and skipped.
 */
public record Roster(List<Agency> agencies) {

    public static final Roster NONE = new Roster(List.of());

    /** One roster line; {@code match} is the agency's name when the roster gives no file name. */
    public record Agency(String name, String match, String contact) {}

    public Roster {
        agencies = List.copyOf(agencies);
    }

    public boolean present() {
        return !agencies.isEmpty();
    }

    /** The roster of the campaign folder, or {@link #NONE} when it has none. */
    public static Roster load(Path campaign) throws ConfigException {
        Path csv = campaign.resolve("agencies.csv");
        Path xlsx = campaign.resolve("agencies.xlsx");
        if (Files.exists(csv)) return of(csv, csvRows(csv));
        if (Files.exists(xlsx)) return of(xlsx, xlsxRows(xlsx));
        return NONE;
    }

    /**
     * The agency a submitted file belongs to: the one whose identifying name is in the file's name or one of its
     * folders' names (the longest such name, so 江阳区卫健局 wins over 江阳区).
     */
    public Optional<Agency> match(Path file) {
        List<String> names = new ArrayList<>();
        Path abs = file.toAbsolutePath().normalize();
        String base = abs.getFileName().toString();
        int dot = base.lastIndexOf('.');
        names.add(dot > 0 ? base.substring(0, dot) : base);
        for (Path p = abs.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            names.add(p.getFileName().toString());
        }
        Agency best = null;
        for (Agency a : agencies) {
            for (String n : names) {
                if (n.contains(a.match()) && (best == null || a.match().length() > best.match().length())) best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Roster of(Path file, List<List<String>> rows) throws ConfigException {
        List<Agency> out = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String name = cell(r, 0);
            if (i == 0 && isHeader(name)) continue;
            if (name.isEmpty()) continue;
            String match = cell(r, 1).isEmpty() ? name : stripExtension(cell(r, 1));
            out.add(new Agency(name, match, cell(r, 2)));
        }
        if (out.isEmpty()) problems.add(new ConfigProblem(file.toString(), 0, "名单中没有单位（每行：单位名称,文件名,联系人）"));
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Roster(out);
    }

    private static boolean isHeader(String first) {
        String s = first.toLowerCase(Locale.ROOT);
        return s.equals("单位") || s.equals("机关") || s.equals("单位名称") || s.equals("机关名称") || s.equals("agency");
    }

    private static String stripExtension(String s) {
        int dot = s.lastIndexOf('.');
        return dot > 0 && s.length() - dot <= 5 ? s.substring(0, dot) : s;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }

    /** CSV as Excel writes it (UTF-8 with or without BOM, or GB18030; quotes; commas or tabs). */
    private static List<List<String>> csvRows(Path file) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取名单：" + e.getMessage()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) text = new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) continue;
            rows.add(splitCsv(line, line.contains("\t") && !line.contains(",") ? '\t' : ','));
        }
        return rows;
    }

    static List<String> splitCsv(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep || (sep == ',' && c == '，')) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }

    private static List<List<String>> xlsxRows(Path file) throws ConfigException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 3; c++) cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取名单（.xlsx）：" + e.getMessage()));
        }
    }
}
