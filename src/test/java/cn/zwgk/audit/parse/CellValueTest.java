package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.CellState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a cell's normalised text means. */
class CellValueTest {

    @Test
    void countsAmountsAndPlaceholders() {
        assertEquals(new CellValue(CellState.NUMBER, 42L, BigDecimal.valueOf(42)), CellValue.parse("42"));
        assertEquals(new CellValue(CellState.NUMBER, 7L, BigDecimal.valueOf(7)), CellValue.parse("007"));
        assertEquals(new CellValue(CellState.NUMBER, 1234567L, BigDecimal.valueOf(1234567)),
                CellValue.parse("1,234,567"));
        assertEquals(new CellValue(CellState.NUMBER, 12L, BigDecimal.valueOf(12)), CellValue.parse("1 2"));
        assertEquals(CellState.NEGATIVE, CellValue.parse("-3").state());
        assertEquals(new BigDecimal("0.50"), CellValue.parse("0.50").amount());
        assertEquals(CellState.DASH, CellValue.parse("-").state());
        assertEquals(CellState.DASH, CellValue.parse("无").state());
        assertEquals(CellState.BLANK, CellValue.parse(" ").state());
    }

    /** Only ASCII digits are a count: other scripts' digits and 16 digits or more are text. */
    @Test
    void digitsOfOtherScriptsAndOverlongNumbersAreText() {
        assertEquals(CellState.TEXT, CellValue.parse("٣").state());
        assertEquals(CellState.TEXT, CellValue.parse("1٣").state());
        assertEquals(CellState.TEXT, CellValue.parse("12件").state());
        assertEquals(CellState.TEXT, CellValue.parse("1,23").state());
        CellValue longNumber = CellValue.parse("1234567890123456");
        assertEquals(CellState.TEXT, longNumber.state());
        assertNull(longNumber.value());
        assertEquals(CellState.NUMBER, CellValue.parse("123456789012345").state());
    }
}
