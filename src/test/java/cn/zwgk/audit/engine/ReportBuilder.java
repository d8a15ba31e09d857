package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Period;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.SumClaim;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.model.Title;
import cn.zwgk.audit.model.YearMention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built reports for rule tests that must not depend on the parser: the facts of seed 001 (泸州市江阳区人民政府办公室
 * 2023: 42 received, 13 + 18 + 9 concluded, 2 carried over, fee 650元) with a period sentence, which every defect test
 * then breaks in one place.
 */
final class ReportBuilder {

    static final TableRegistry TABLES = Fixtures.tables();
    static final List<String> T3_COLS = TABLES.get("T3").columns().stream().map(TableLayout.Column::key).toList();

    Title title = new Title("泸州市江阳区人民政府办公室2023年政府信息公开工作年度报告", "泸州市江阳区人民政府办公室", 2023, 1);
    Integer year = 2023;
    Period period = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
            "本报告中所列数据统计期限为2023年1月1日至2023年12月31日。", 2);
    final List<YearMention> years = new ArrayList<>(List.of(
            new YearMention("标题", 2023, "泸州市江阳区人民政府办公室2023年政府信息公开工作年度报告", 1),
            new YearMention("统计期限", 2023, "统计期限为2023年1月1日至2023年12月31日", 2)));
    final List<Section> sections = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Cell> cells = new ArrayList<>();
    final List<LabelMatch> labels = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<SumClaim> sums = new ArrayList<>();

    ReportBuilder() {
        String[] headings = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
        int[] lines = {3, 16, 31, 60, 65, 68};
        String[] texts = {"2023年,区政府办公室新受理政府信息公开申请42件,全年办结40件。", "", "", "",
                "一是政务公开力度还需加强;二是队伍建设还需强化。",
                "2023年,涉及收费的依申请公开件共2件,共计收取政府信息公开信息处理费650元。"};
        for (int i = 0; i < 6; i++) {
            sections.add(new Section(i + 1, headings[i], headings[i], false, lines[i],
                    i < 5 ? lines[i + 1] - 1 : 70, i + 1, substance(texts[i]), texts[i]));
        }
        tables.add(new Table("T2", 2, 17, 30, "inline", 6, List.of(), false));
        tables.add(new Table("T3", 3, 32, 59, "inline", 25, List.of(), false));
        tables.add(new Table("T4", 4, 61, 64, "inline", 3, List.of(), false));
        int line = 18;
        for (TableLayout.Row r : TABLES.get("T2").rows()) {
            for (String col : r.columns()) cells.add(number("T2", r.key(), col, 0, line++));
        }
        set("T2", "行政规范性文件", "本年制发件数", 3);
        set("T2", "行政规范性文件", "本年废止件数", 9);
        set("T2", "行政规范性文件", "现行有效件数", 12);
        line = 35;
        for (TableLayout.Row r : TABLES.get("T3").rows()) {
            for (String col : T3_COLS) cells.add(number("T3", r.key(), col, 0, line));
            line++;
        }
        Map<String, Long> natural = Map.of("A", 42L, "C1", 13L, "C2", 18L, "C4.1", 9L, "C7", 40L, "D", 2L);
        natural.forEach((row, v) -> {
            set("T3", row, "自然人", v);
            set("T3", row, "总计", v);
        });
        for (TableLayout.Row r : TABLES.get("T4").rows()) {
            for (TableLayout.Column col : TABLES.get("T4").columns()) cells.add(number("T4", r.key(), col.key(), 0, 64));
        }
        claims.add(new Claim("新收申请", 42, "件", "新受理政府信息公开申请42件", "…", 1, 8));
        claims.add(new Claim("办结", 40, "件", "全年办结40件", "…", 1, 8));
        claims.add(new Claim("结转下年", 2, "件", "结转下一年办理2件", "…", 1, 8));
        claims.add(new Claim("予以公开", 13, "件", "13件予以公开", "…", 1, 8));
        claims.add(new Claim("部分公开", 18, "件", "18件予以部分公开", "…", 1, 8));
        claims.add(new Claim("无法提供", 9, "件", "9件无法提供", "…", 1, 8));
        claims.add(new Claim("行政复议", 0, "件", "未发生因政府信息公开申请引发的行政复议", "…", 1, 9));
        claims.add(new Claim("行政诉讼", 0, "件", "未发生因政府信息公开申请引发的…行政诉讼", "…", 1, 9));
        claims.add(new Claim("规范性文件现行有效", 12, "件", "现行行政规范性文件12件", "…", 1, 11));
        claims.add(new Claim("收费件数", 2, "件", "涉及收费的依申请公开件共2件", "…", 6, 69));
        claims.add(new Claim("收费金额", 650, "元", "共计收取政府信息公开信息处理费650元", "…", 6, 69));
        sums.add(new SumClaim(40, List.of(13L, 18L, 9L), 40, "已办结的40件…中,13件予以公开、18件予以部分公开、9件无法提供", 1, 8));
    }

    static int substance(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static Cell number(String table, String row, String col, long v, int line) {
        return TABLES.get(table).cell(row, col, CellState.NUMBER, v, BigDecimal.valueOf(v), Long.toString(v), line);
    }

    private int index(String table, String row, String col) {
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.table().equals(table) && c.row().equals(row) && c.column().equals(col)) return i;
        }
        throw new IllegalArgumentException(table + " " + row + " " + col);
    }

    /** Sets a cell to a valid number. */
    ReportBuilder set(String table, String row, String col, long v) {
        int i = index(table, row, col);
        Cell c = cells.get(i);
        cells.set(i, number(table, row, col, v, c.line()));
        return this;
    }

    /** Gives a cell a non-numeric state, e.g. BLANK with raw "" or DASH with raw "/". */
    ReportBuilder state(String table, String row, String col, CellState state, String raw) {
        int i = index(table, row, col);
        Cell c = cells.get(i);
        Long v = state == CellState.NEGATIVE ? Long.valueOf(raw) : null;
        BigDecimal amount = state == CellState.NEGATIVE || state == CellState.DECIMAL ? new BigDecimal(raw) : null;
        cells.set(i, TABLES.get(table).cell(row, col, state, v, amount, raw, c.line()));
        return this;
    }

    ReportBuilder section6(String text) {
        Section s = sections.stream().filter(x -> x.number() == 6).findFirst().orElseThrow();
        sections.set(sections.indexOf(s), new Section(6, s.heading(), s.canonical(), s.variant(), s.line(), s.endLine(),
                s.position(), substance(text), text));
        claims.removeIf(c -> c.section() == 6);
        return this;
    }

    ReportBuilder claim(String metric, long value, String text, int section) {
        claims.add(new Claim(metric, value, "件", text, text, section, 70));
        return this;
    }

    ReportBuilder removeClaims(String metric) {
        claims.removeIf(c -> c.metric().equals(metric));
        return this;
    }

    Report build() {
        return new Report("built.txt", "text", "UTF-8", 70, title, title == null ? null : title.agency(), year,
                period, years, sections, tables, cells, labels, claims, sums, List.of());
    }
}
