package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;

import static cn.zwgk.audit.parse.Corpus.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table layouts the corpus does not show in full: merged label cells rendered twice, blanks, text, decimals. */
class TableLayoutsTest {

    private static Report parseText(String text) {
        return Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8", text));
    }

    @Test
    void repeatedLabelCellsAndInlineBlanks() {
        Report r = parseText("""
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |
                二、上年结转政府信息公开申请数量 | | | | | | | 1 |
                三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | / | — | 无 | 未统计 | 0 | -1 | 0 |
                """);
        assertEquals(5L, cell(r, "T3", "A", "自然人").value());
        assertEquals(5L, cell(r, "T3", "A", "总计").value());
        assertEquals(CellState.BLANK, cell(r, "T3", "B", "自然人").state());
        assertEquals(1L, cell(r, "T3", "B", "总计").value());
        assertEquals(CellState.DASH, cell(r, "T3", "C3.1", "自然人").state());
        assertEquals(CellState.DASH, cell(r, "T3", "C3.1", "商业企业").state());
        assertEquals(CellState.DASH, cell(r, "T3", "C3.1", "科研机构").state());
        assertEquals(CellState.TEXT, cell(r, "T3", "C3.1", "社会公益组织").state());
        assertEquals(CellState.NEGATIVE, cell(r, "T3", "C3.1", "其他").state());
        assertEquals(-1L, cell(r, "T3", "C3.1", "其他").value());
        assertEquals(CellState.MISSING, cell(r, "T3", "D", "总计").state());
        assertTrue(Corpus.table(r, "T3").orElseThrow().truncated());
    }

    /**
     * Table 四 one cell per line, its header's empty cells each a "|" of their own before the values: they are the
     * header's, not blank values; a blank first value, the fifteenth from last, stays blank.
     */
    @Test
    void table4OneCellPerLineWithTheHeadersEmptyCells() {
        String header = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n行政诉讼 |\n" + " |\n".repeat(4)
                + "结果维持 |\n结果纠正 |\n其他结果 |\n尚未审结 |\n总计 |\n" + " |\n".repeat(5);
        Report zeros = parseText(header + "0 |\n".repeat(15) + "五、存在的主要问题及改进情况\n");
        assertTrue(zeros.cells().stream().filter(c -> c.table().equals("T4"))
                .allMatch(c -> c.state() == CellState.NUMBER && c.value() == 0L), zeros.cells().toString());
        Report blankFirst = parseText(header + " |\n" + "0 |\n".repeat(14) + "五、存在的主要问题及改进情况\n");
        var t4 = blankFirst.cells().stream().filter(c -> c.table().equals("T4")).toList();
        assertEquals(CellState.BLANK, t4.get(0).state());
        assertTrue(t4.subList(1, 15).stream().allMatch(c -> c.state() == CellState.NUMBER), t4.toString());
    }

    /** 其它 for 其他 in tables 三 and 四 ("3.其它", "其它结果", "其它" columns): every cell as in the seed. */
    @Test
    void qitaWrittenWithIt() throws Exception {
        for (String seed : java.util.List.of("000", "001", "004")) {
            String text = java.nio.file.Files.readString(Corpus.seed(seed));
            int from = text.indexOf("三、收到和处理"), to = text.indexOf("五、存在的主要问题");
            Report other = parseText(text.substring(0, from) + text.substring(from, to).replace("其他", "其它")
                    + text.substring(to));
            assertTrue(text.substring(from, to).contains("其他"), seed);
            assertEquals(Corpus.cellValues(Corpus.seedReport(seed)), Corpus.cellValues(other), seed);
        }
    }

    /**
     * Table 三's sub-rows without their numbers ("属于国家秘密" for "1.属于国家秘密"): every cell as in the seed, "其他"
     * under （六）其他处理 too, though it is also a column's header.
     */
    @Test
    void subRowsWithoutTheirNumbers() throws Exception {
        for (String seed : java.util.List.of("000", "001", "004")) {
            String text = java.nio.file.Files.readString(Corpus.seed(seed));
            int from = text.indexOf("三、收到和处理"), to = text.indexOf("四、政府信息公开行政复议");
            String unnumbered = text.substring(from, to).replaceAll("(?<=[|\\n])(\\s*)[1-7][.．]\\s*(?=\\p{IsHan})", "$1");
            assertTrue(unnumbered.contains("| 其他 |") || unnumbered.contains("\n其他 |"), seed);
            Report r = parseText(text.substring(0, from) + unnumbered + text.substring(to));
            assertEquals(Corpus.cellValues(Corpus.seedReport(seed)), Corpus.cellValues(r), seed);
        }
    }

    @Test
    void decimalFeeAndOldFormatOtherRow() {
        Report r = parseText("""
                二、主动公开政府信息情况
                第二十条第（八）项 | | | |
                信息内容 | 本年收费金额（单位：万元） | | |
                行政事业性收费 | 12.35 | | |
                三、收到和处理政府信息公开申请情况
                （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                """);
        assertEquals(CellState.DECIMAL, cell(r, "T2", "行政事业性收费", "本年收费金额").state());
        assertEquals("12.35", cell(r, "T2", "行政事业性收费", "本年收费金额").amount().toPlainString());
        assertTrue(r.labels().stream().anyMatch(l -> l.oldFormat() && l.table().equals("T3")), r.labels().toString());
        assertTrue(r.cells().stream().filter(c -> c.table().equals("T3")).allMatch(c -> c.state() == CellState.MISSING));
    }

    @Test
    void splitLabelNoteAndTable4OneRowPerGroup() {
        Report r = parseText("""
                三、收到和处理政府信息公开申请情况
                （二）部分公开 | （区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                四、政府信息公开行政复议、行政诉讼情况
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                行政复议 | 1 | 0 | 0 | 0 | 1 |
                未经复议直接起诉 | 0 | 0 | 0 | 2 | 2 |
                复议后起诉 | 0 | 0 | 0 | 0 | 0 |
                """);
        assertEquals(1L, cell(r, "T3", "C2", "总计").value());
        assertEquals(1L, cell(r, "T4", "行政复议", "结果维持").value());
        assertEquals(2L, cell(r, "T4", "未经复议直接起诉", "总计").value());
        assertEquals(7, cell(r, "T4", "复议后起诉", "总计").line());
        assertTrue(Corpus.table(r, "T4").orElseThrow().missingRows().isEmpty());
    }

    @Test
    void groupAndRowLabelInOneCell() {
        Report r = parseText("""
                三、收到和处理政府信息公开申请情况
                （三）不予公开1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                三、本年度办理结果（一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                """);
        assertEquals(0L, cell(r, "T3", "C3.1", "总计").value());
        assertEquals(2L, cell(r, "T3", "C1", "总计").value());
    }

    /** Seed 001 as plain text copied out of Word: every table row's cells separated by tabs instead of pipes. */
    @Test
    void tabSeparatedTablesReadLikePipeRows() {
        java.util.List<String> lines = Corpus.lines(Corpus.seed("001"));
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            if (l.indexOf('|') >= 0) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (String c : l.strip().split("\\|", -1)) cells.add(c.strip());
                l = String.join("\t", cells).replaceAll("\t+$", "");
            }
            text.append(l).append('\n');
        }
        Report tabs = parseText(text.toString());
        Report pipes = Corpus.seedReport("001");
        assertEquals(java.util.List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(tabs));
        assertEquals(pipes.cells(), tabs.cells());
        assertEquals(42L, cell(tabs, "T3", "A", "总计").value());
        assertEquals(12L, cell(tabs, "T2", "行政规范性文件", "现行有效件数").value());
    }

    @Test
    void headingFollowedByTabStaysHeadingAndTabBlanksStayBlank() {
        Report r = parseText("一、总体情况\t本年度依法做好政府信息公开工作。\n"
                + "三、收到和处理政府信息公开申请情况\n"
                + "一、本年新收政府信息公开申请数量\t5\t\t0\t0\t0\t0\t5\n");
        assertEquals(java.util.List.of(1, 3), Corpus.sectionNumbers(r));
        assertEquals(5L, cell(r, "T3", "A", "自然人").value());
        assertEquals(CellState.BLANK, cell(r, "T3", "A", "商业企业").state());
        assertEquals(5L, cell(r, "T3", "A", "总计").value());
    }

    /** Seed 001 as a PDF extract: a page number inside table 三, a unit line after it, a long row label wrapped. */
    @Test
    void pageNumberUnitLineAndWrappedLabelInTable3() {
        StringBuilder text = new StringBuilder();
        for (String l : Corpus.lines(Corpus.seed("001"))) {
            if (l.startsWith("(三)不予公开")) text.append("— 3 —\n");
            if (l.startsWith("2.申请人逾期未按收费通知要求缴纳费用")) l = l.replace("行政机关不再处理", "行政机关不\n再处理");
            text.append(l).append('\n');
            if (l.startsWith("四、结转下年度继续办理")) text.append("单位：件\n");
        }
        Report r = parseText(text.toString());
        Report seed = Corpus.seedReport("001");
        assertEquals(seed.cells().stream().filter(c -> c.table().equals("T3")).map(c -> c.row() + c.column() + "=" + c.value()).toList(),
                r.cells().stream().filter(c -> c.table().equals("T3")).map(c -> c.row() + c.column() + "=" + c.value()).toList());
        assertEquals(java.util.List.of(), Corpus.table(r, "T3").orElseThrow().missingRows());
        assertEquals(2L, cell(r, "T3", "D", "总计").value());
        assertEquals(CellState.NUMBER, cell(r, "T3", "C6.2", "总计").state());
    }
}
