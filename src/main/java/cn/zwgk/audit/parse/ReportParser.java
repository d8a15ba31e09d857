package cn.zwgk.audit.parse;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.read.SourceDocument;
import cn.zwgk.audit.format.TableRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a document into a {@link Report}: header, sections, tables, narrative claims. Thread-safe: one
 * parser serves a whole batch; the only state it keeps is its label indexes' memory of fuzzy look-ups, which never
 * changes a result ({@link LabelIndex}).
 */
public final class ReportParser {

    private static final java.util.regex.Pattern FURNITURE = java.util.regex.Pattern.compile("[|｜\\s:\\-—]+");

    private final SectionSplitter splitter;
    private final HeaderReader header;
    private final Table2Reader table2;
    private final Table3Reader table3;
    private final Table4Reader table4;
    private final ClaimReader claims;
    private final CitationReader citations = new CitationReader();
    private final PartCountReader partCounts = new PartCountReader();

    private final ParserConfig config;

    private ReportParser(ParserConfig config) {
        this.config = config;
        this.splitter = new SectionSplitter(config);
        this.header = new HeaderReader(config);
        this.table2 = new Table2Reader(config);
        this.table3 = new Table3Reader(config);
        this.table4 = new Table4Reader(config);
        this.claims = new ClaimReader(config);
    }

    /** Loads the office-editable parsing configuration (section variants, labels, claim patterns) from {@code rules/}. */
    public static ReportParser fromRules(Path rulesDir) throws ConfigException {
        ReportParser parser = new ReportParser(ParserConfig.load(rulesDir));
        TextNormalizer.warmUp();
        return parser;
    }

    /** The tables as rules/labels.yaml describes them. */
    public TableRegistry tables() {
        return config.tables();
    }

    public Report parse(SourceDocument doc) {
        Outline outline = splitter.split(TabRows.of(doc.lines()));
        HeaderReader.Header head = header.read(outline);

        List<TableRead> tables = new ArrayList<>();
        read(outline, 2, table2::read, tables);
        read(outline, 3, table3::read, tables);
        read(outline, 4, table4::read, tables);

        List<Section> sections = new ArrayList<>();
        List<ClaimReader.Text> narrative = new ArrayList<>();
        narrative.add(new ClaimReader.Text(0, outline.preamble()));
        int position = 0;
        for (Outline.Part p : outline.parts()) {
            List<Segment> text = new ArrayList<>();
            for (Segment s : p.body()) {
                if (furniture(s)) continue;
                if (tables.stream().noneMatch(t -> t.table().section() == p.def().number() && t.covers(s.line()))) {
                    text.add(s);
                }
            }
            while (!text.isEmpty() && text.get(text.size() - 1).blank()) text.remove(text.size() - 1);
            while (!text.isEmpty() && text.get(0).blank()) text.remove(0);
            StringBuilder body = new StringBuilder();
            for (Segment s : text) {
                if (body.length() > 0) body.append('\n');
                body.append(s.raw().strip());
            }
            sections.add(new Section(p.def().number(), p.heading(), p.def().canonical(), p.variant(), p.line(),
                    p.endLine(), ++position, substance(body), body.toString()));
            narrative.add(new ClaimReader.Text(p.def().number(), text));
        }
        ClaimReader.Result said = claims.read(narrative, head.year());

        List<Table> tableFacts = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<LabelMatch> labels = new ArrayList<>();
        for (TableRead t : tables) {
            tableFacts.add(t.table());
            cells.addAll(t.cells());
            labels.addAll(t.labels());
        }
        // whether this is an annual report at all is a rule's verdict (structure.drl), not the parser's
        return new Report(doc.file(), doc.format(), doc.encoding(), doc.lines().size(), head.title(), head.agency(),
                head.year(), head.period(), head.years(), sections, tableFacts, cells, labels, said.claims(),
                said.sums(), said.shares(), said.otherYears(), head.agencies(), citations.read(narrative),
                partCounts.read(narrative), List.of());
    }

    private interface Reader {
        TableRead read(List<Segment> region, boolean endsAtEof);
    }

    private static void read(Outline outline, int section, Reader reader, List<TableRead> out) {
        Outline.Part part = outline.part(section);
        if (part == null) return;
        TableRead t = reader.read(part.body(), outline.endsAtEof() && outline.isLast(part));
        if (t != null) out.add(t);
    }

    /** A line of table delimiters only ("|", "|||", "|---|---|"): part of no text. */
    private static boolean furniture(Segment s) {
        String raw = s.raw();
        return (raw.indexOf('|') >= 0 || raw.indexOf('｜') >= 0) && FURNITURE.matcher(raw.strip()).matches();
    }

    /** Letters and digits of a section's text (an empty "无。" section has 1). */
    private static int substance(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // most of a section's text is ideographs of the basic block, letters in every Unicode version since Java
            // 17's: counted without Character's table look-up
            if ((c >= '\u4E00' && c <= '\u9FFC') || Character.isLetterOrDigit(c)) n++;
        }
        return n;
    }
}
