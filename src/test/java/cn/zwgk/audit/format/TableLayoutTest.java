package cn.zwgk.audit.format;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cell made by position is the cell made by its row and column keys. */
class TableLayoutTest {

    @Test
    void cellByPositionIsCellByKeys() {
        int cells = 0;
        for (TableLayout t : Fixtures.tables().tables()) {
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    String row = t.rows().get(r).key(), column = t.columns().get(c).key();
                    Cell byKeys = t.cell(row, column, CellState.NUMBER, 3L, BigDecimal.valueOf(3), "3", 12);
                    assertEquals(byKeys, t.cell(r, c, CellState.NUMBER, 3L, BigDecimal.valueOf(3), "3", 12));
                    assertEquals(r * t.columns().size() + c, byKeys.order());
                    assertEquals(c, t.indexOfColumn(column));
                    cells++;
                }
            }
        }
        assertTrue(cells > 175, "T2, T3 and T4: " + cells);
        TableLayout t3 = Fixtures.tables().get("T3");
        assertThrows(IllegalArgumentException.class, () -> t3.indexOfColumn("no such column"));
    }
}
