package cn.zwgk.audit.model;

import java.util.List;

/**
 * A parsed annual report: everything the rules reason over. Absent parts are {@code null} or empty lists, never
 * invented.
 *
 * @param file        the path as given by the user
 * @param format      the input format the reader recognised: {@code text}, {@code html}, {@code docx} or {@code pdf}
 * @param encoding    the character encoding the text was decoded from (e.g. {@code UTF-8}, {@code GB18030})
 * @param lineCount   number of lines of the source text
 * @param title       the title line, or null when the report has none
 * @param agency      the agency as named by the title, else by the preamble, the site's metadata block or the opening of 总体情况, or null
 * @param year        the report year: from the title, else the statistical period, else the opening of 一; or null
 * @param period      the statistical period sentence, or null when the report does not state it
 * @param years       every place a report year is stated (title, period, opening of 一), for YEAR_MISMATCH
 * @param sections    the sections found, in document order
 * @param tables      the tables found (T2, T3, T4); a table that is absent has no entry
 * @param cells       every canonical cell of every table found, including those the text leaves blank or never
 *                    reaches ({@link CellState#MISSING})
 * @param labels      labels that matched their canonical form only approximately, or in a superseded form
 * @param claims      numeric statements of the narrative (and "none" statements, with value 0)
 * @param sums        "共 N …，其中 a …、b …" statements
 * @param shares      percentages the narrative states of its own counts ("13件,占比1.3%")
 * @param otherYears  numbers of a restated kind in sentences that open with another year than the report's
 * @param agencies    every place the report (or the site's metadata block) names the agency, in document order
 * @param citations   the documents the report cites (《title》, 文号, 国务院令), as written
 * @param partCounts  how many parts the opening says the report has
 * @param problems    why the input could not be read or recognised as a report; empty when it could
 */
public record Report(
        String file,
        String format,
        String encoding,
        int lineCount,
        Title title,
        String agency,
        Integer year,
        Period period,
        List<YearMention> years,
        List<Section> sections,
        List<Table> tables,
        List<Cell> cells,
        List<LabelMatch> labels,
        List<Claim> claims,
        List<SumClaim> sums,
        List<Share> shares,
        List<OtherYearClaim> otherYears,
        List<AgencyMention> agencies,
        List<Citation> citations,
        List<PartCount> partCounts,
        List<InputProblem> problems) {

    public Report {
        years = List.copyOf(years);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
        labels = List.copyOf(labels);
        claims = List.copyOf(claims);
        sums = List.copyOf(sums);
        shares = List.copyOf(shares);
        otherYears = List.copyOf(otherYears);
        agencies = List.copyOf(agencies);
        citations = List.copyOf(citations);
        partCounts = List.copyOf(partCounts);
        problems = List.copyOf(problems);
    }

    /** A report without shares, other-year statements, agency mentions, citations or part counts (built by hand). */
    public Report(String file, String format, String encoding, int lineCount, Title title, String agency, Integer year,
                  Period period, List<YearMention> years, List<Section> sections, List<Table> tables, List<Cell> cells,
                  List<LabelMatch> labels, List<Claim> claims, List<SumClaim> sums, List<InputProblem> problems) {
        this(file, format, encoding, lineCount, title, agency, year, period, years, sections, tables, cells, labels,
                claims, sums, List.of(), List.of(), List.of(), List.of(), List.of(), problems);
    }

    /** A report for a file that could not be read at all: no facts but the reason. */
    public static Report unreadable(String file, String format, String reason) {
        return new Report(file, format, null, 0, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(new InputProblem(file, reason)));
    }

    public boolean readable() {
        return problems.isEmpty();
    }

    /** All facts to insert into a rule session: the report itself and each of its parts. */
    public List<Object> facts() {
        var facts = new java.util.ArrayList<Object>();
        facts.add(this);
        if (title != null) facts.add(title);
        if (period != null) facts.add(period);
        facts.addAll(years);
        facts.addAll(sections);
        facts.addAll(tables);
        facts.addAll(cells);
        facts.addAll(labels);
        facts.addAll(claims);
        facts.addAll(sums);
        facts.addAll(shares);
        facts.addAll(otherYears);
        facts.addAll(agencies);
        facts.addAll(citations);
        facts.addAll(partCounts);
        facts.addAll(problems);
        return facts;
    }
}
