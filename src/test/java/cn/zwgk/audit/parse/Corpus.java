package cn.zwgk.audit.parse;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.read.Documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The sample reports and one parser for all tests (building the parser takes about half a second). */
final class Corpus {

        static final Path RULES = Path.of("rules");

    private static ReportParser parser;

    private Corpus() {}

    static synchronized ReportParser parser() {
        if (parser == null) {
            try {
                parser = ReportParser.fromRules(RULES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return parser;
    }

    static Path seed(String prefix) {
        return find(Fixtures.SEEDS, prefix);
    }

    static Path opening(String name) {
        return Fixtures.REAL_OPENINGS.resolve(name + ".txt");
    }

    static Report parse(Path file) {
        try {
            return parser().parse(Documents.read(file));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Report seedReport(String prefix) {
        return parse(seed(prefix));
    }

    static Report openingReport(String name) {
        return parse(opening(name));
    }

    static List<String> lines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return text.lines().toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path find(Path dir, String prefix) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Cell cell(Report r, String table, String row, String column) {
        return r.cells().stream()
                .filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + table + " " + row + " " + column));
    }

    /** Each cell's key, state and value (not its line), in the report's order: what two readings of a table share. */
    static List<String> cellValues(Report r) {
        return r.cells().stream().map(c -> c.key() + " " + c.state() + " " + c.value()).toList();
    }

    static Optional<Table> table(Report r, String id) {
        return r.tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static Optional<Section> section(Report r, int number) {
        return r.sections().stream().filter(s -> s.number() == number).findFirst();
    }

    static List<Integer> sectionNumbers(Report r) {
        return r.sections().stream().map(Section::number).toList();
    }

    static List<Claim> claims(Report r, String metric) {
        return r.claims().stream().filter(c -> c.metric().equals(metric)).toList();
    }
}
