package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Report;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that the parser invents nothing: every cell it reports is printed on the line it names. */
final class TextEvidence {

    private TextEvidence() {}

    static void assertCellsFromText(Report r, List<String> lines) {
        for (Cell c : r.cells()) {
            String where = r.file() + " " + c.table() + " " + c.row() + " " + c.column();
            if (c.state() == CellState.MISSING) {
                assertNull(c.raw(), where);
                assertNull(c.value(), where);
                continue;
            }
            assertTrue(c.line() >= 1 && c.line() <= lines.size(), where + " line " + c.line());
            String line = lines.get(c.line() - 1);
            if (c.state() == CellState.BLANK) {
                assertTrue(line.contains("|") || line.isBlank(), where + ": a blank cell needs a delimiter: " + line);
                continue;
            }
            assertTrue(line.contains(c.raw()), where + ": '" + c.raw() + "' not on line " + c.line() + ": " + line);
            if (c.state() == CellState.NUMBER) {
                assertEquals(String.valueOf(c.value()), c.raw().strip().replace(",", ""), where);
            }
        }
    }
}
