package cn.zwgk.audit.render;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Audits built by hand, so that rendering is tested independently of the parser and the rules. */
public final class Samples {

    public static final String AGENCY = "泸州市江阳区人民政府办公室";
    static final String[] HEADINGS = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

    private Samples() {}

    /** A report with a full table 三 (A 总计 = 42) and table 四, one blank and one missing cell. */
    public static Report report(String agency, Integer year) {
        List<Cell> cells = new ArrayList<>();
        TableLayout t3 = Fixtures.tables().get("T3");
        for (TableLayout.Row r : t3.rows()) {
            String row = r.key();
            for (TableLayout.Column c : t3.columns()) {
                String col = c.key();
                long v = row.equals("A") || row.equals("C7") ? (col.equals("自然人") ? 40 : col.equals("总计") ? 42 : col.equals("商业企业") ? 2 : 0) : 0;
                CellState state = CellState.NUMBER;
                if (row.equals("C3.2") && col.equals("科研机构")) state = CellState.BLANK;
                if (row.equals("D") && col.equals("总计")) state = CellState.MISSING;
                if (row.equals("C5.1") && col.equals("其他")) state = CellState.DASH;
                cells.add(t3.cell(row, col, state, state == CellState.NUMBER ? v : null,
                        state == CellState.NUMBER ? BigDecimal.valueOf(v) : null,
                        state == CellState.MISSING ? null : state == CellState.DASH ? "/" : state == CellState.BLANK ? "" : Long.toString(v), 40));
            }
        }
        TableLayout t4 = Fixtures.tables().get("T4");
        for (TableLayout.Row r : t4.rows()) {
            for (TableLayout.Column c : t4.columns()) {
                long v = r.key().equals("行政复议") && (c.key().equals("结果维持") || c.key().equals("总计")) ? 1 : 0;
                cells.add(t4.cell(r.key(), c.key(), CellState.NUMBER, v, BigDecimal.valueOf(v), Long.toString(v), 80));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sections.add(new Section(i + 1, HEADINGS[i], HEADINGS[i], false, 3 + i * 10, 12 + i * 10, i + 1, 100, "正文"));
        }
        return new Report("reports/泸州江阳.txt", "text", "UTF-8", 90, null, agency, year, null, List.of(), sections,
                List.of(new Table("T3", 3, 30, 60, "inline", 25, List.of(), false),
                        new Table("T4", 4, 70, 75, "inline", 3, List.of(), false)),
                cells, List.of(), List.of(), List.of(), List.of());
    }

    /** Findings of every severity, in several sections, with long Chinese text full of punctuation. */
    public static List<Finding> findings() {
        String longText = "正文称本年新收申请41件，表三为42件；请核对表三第一行“总计”列与正文第（二）部分的表述，"
                + "确保文字与表格一致，并说明差异原因。如确属笔误，请在修订后的报告中一并更正，避免再次出现类似问题！";
        return List.of(
                new Finding("PERIOD_MISSING", Severity.WARNING, null, null, null, null, null, null, null, null,
                        "报告未说明统计期限", "《中华人民共和国政府信息公开工作年度报告格式》", "在报告开头写明统计期限。"),
                new Finding("NARRATIVE_MISMATCH", Severity.ERROR, 1, "T3", "一、本年新收政府信息公开申请数量", "总计", 9,
                        42, 41, "新受理政府信息公开申请41件，办结40件，结转下年度2件。", longText,
                        "《中华人民共和国政府信息公开条例》第五十条", longText, List.of("T3|A|总计")),
                new Finding("T3_BALANCE", Severity.ERROR, 3, "T3", null, "总计", 44, 44, 42, "（七）总计 | 40 |",
                        "表三“总计”列：第一项加第二项之和（42）不等于第三项加第四项之和（44）。",
                        "《中华人民共和国政府信息公开工作年度报告格式》表三注", "核对表三各行数据。",
                        List.of("T3|A|总计", "T3|B|总计", "T3|C7|总计", "T3|D|总计")),
                new Finding("CELL_INVALID", Severity.ERROR, 3, "T3", "C3.2", "科研机构", 45, null, null, "",
                        "表三单元格为空", "《中华人民共和国政府信息公开工作年度报告格式》", "填写数字，没有的填0。",
                        List.of("T3|C3.2|科研机构")),
                new Finding("T4_TOTAL", Severity.ERROR, 4, "T4", "行政复议", "总计", 81, 2, 1, "1 | 0 | 0 | 0 | 1",
                        "表四行政复议总计不等于各项之和", "《中华人民共和国政府信息公开工作年度报告格式》", null,
                        List.of("T4|行政复议|总计")),
                new Finding("SECTION_TITLE_VARIANT", Severity.INFO, 5, null, null, null, 70, null, null,
                        "五、存在的主要问题及改进措施", "标题用语与格式不同：“改进措施”应为“改进情况”", null, null),
                new Finding("FEE_AMOUNT_SUSPECT", Severity.WARNING, 6, null, null, null, 88, new BigDecimal("650.5"),
                        new BigDecimal("650"), "收取信息处理费650元", "收费金额不是10元的整数倍", "国办函〔2020〕109号", null));
    }

    public static Audit audit() {
        return new Audit(report(AGENCY, 2023), findings(), "a1b2c3d4", 12);
    }

    /** What the pipeline makes of an empty file once the rules have run. */
    public static Audit unreadable(String file) {
        return new Audit(Report.unreadable(file, null, "文件为空"),
                List.of(new Finding("INPUT_UNREADABLE", Severity.ERROR, null, null, null, null, null, null, null,
                        null, "无法审查：文件为空", "《中华人民共和国政府信息公开条例》第五十条", "请重新报送可读取的报告文件。")),
                "a1b2c3d4", 1);
    }
}
