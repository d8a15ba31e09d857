package cn.zwgk.audit.read;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real WPS-exported PDF (samples/real-pdf, values in docs/samples/real-pdf.md): the title over two lines, table
 * 三 with its group label set one character per line, labels wrapped in narrow merged cells ("（四）无" at the foot of
 * page 4, "法提供" at the top of page 5), headers wrapped (商业企/业), the page number between the table's rows.
 */
class RealPdfTest {

    /** Every cell of tables 二, 三 and 四 as a reader takes it from the page: table, row, then the row's values. */
    private static final String EXPECTED = """
            T2 规章 1 0 11
            T2 行政规范性文件 8 26 66
            T2 行政许可 447228
            T2 行政处罚 3985758
            T2 行政强制 88283
            T2 行政事业性收费 96171.6
            T3 A 3001 53 0 0 61 4 3119
            T3 B 34 0 0 0 0 0 34
            T3 C1 1288 21 0 0 50 3 1362
            T3 C2 447 7 0 0 0 0 454
            T3 C3.1 2 0 0 0 0 0 2
            T3 C3.2 30 1 0 0 0 0 31
            T3 C3.3 5 0 0 0 0 0 5
            T3 C3.4 6 0 0 0 0 0 6
            T3 C3.5 7 1 0 0 0 0 8
            T3 C3.6 12 0 0 0 0 0 12
            T3 C3.7 9 0 0 0 0 0 9
            T3 C3.8 105 0 0 0 0 0 105
            T3 C4.1 746 12 0 0 10 1 769
            T3 C4.2 11 0 0 0 0 0 11
            T3 C4.3 1 0 0 0 0 0 1
            T3 C5.1 56 6 0 0 0 0 62
            T3 C5.2 25 0 0 0 0 0 25
            T3 C5.3 0 0 0 0 0 0 0
            T3 C5.4 0 0 0 0 0 0 0
            T3 C5.5 1 0 0 0 0 0 1
            T3 C6.1 67 3 0 0 1 0 71
            T3 C6.2 6 0 0 0 0 0 6
            T3 C6.3 108 2 0 0 0 0 110
            T3 C7 2932 53 0 0 61 4 3050
            T3 D 103 0 0 0 0 0 103
            T4 行政复议 72 64 178 37 351
            T4 未经复议直接起诉 13 4 8 1 26
            T4 复议后起诉 12 1 1 6 20
            """;

    private static Audit audit;

    @BeforeAll
    static void read() throws Exception {
        audit = SharedAuditor.get().audit(Fixtures.REAL_PDF.resolve("huaian_city_2024.pdf"));
    }

    @Test
    void everyCellOfTheTablesIsTheValueOnThePage() {
        List<String> actual = new ArrayList<>();
        String key = null;
        StringBuilder row = null;
        for (Cell c : audit.report().cells()) {
            String k = c.table() + " " + c.row();
            if (!k.equals(key)) {
                if (row != null) actual.add(row.toString());
                row = new StringBuilder(k);
                key = k;
            }
            row.append(' ').append(c.raw());
        }
        if (row != null) actual.add(row.toString());
        assertEquals(EXPECTED.strip(), String.join("\n", actual));
    }

    @Test
    void agencyYearAndPeriodFromTheTitleOverTwoLinesAndTheFirstParagraph() {
        Report r = audit.report();
        assertEquals("淮安市人民政府", r.agency());
        assertEquals(Integer.valueOf(2024), r.year());
        assertEquals(LocalDate.of(2024, 1, 1), r.period().start());
        assertEquals(LocalDate.of(2024, 12, 31), r.period().end());
    }

    @Test
    void aCorrectReportGetsNoError() {
        assertEquals(List.of(), audit.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.rule() + " " + f.row() + " " + f.column() + " " + f.evidence()).toList());
    }
}
