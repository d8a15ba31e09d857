package cn.zwgk.audit.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The character map the build writes is the one ICU makes, character for character. */
class CharTableTest {

    @Test
    void theBuiltResourceIsWhatIcuMakes() throws Exception {
        String[] fromIcu = CharTable.build();
        try (InputStream in = CharTable.class.getResourceAsStream(CharTable.RESOURCE)) {
            assertNotNull(in, "the build (process-classes) writes " + CharTable.RESOURCE);
            assertArrayEquals(fromIcu, CharTable.read(in));
        }
        // what the normaliser folds, as the seeds and real reports need it
        assertEquals("国", fromIcu['國']);
        assertEquals("1", fromIcu['１']);
        assertEquals("-", fromIcu['—']);
        assertEquals("一", fromIcu[0x2F00]);
    }

    @Test
    void writeThenReadIsTheSameTable() throws Exception {
        String[] map = new String[0x10000];
        map['A'] = "a";
        map[0xFFFF] = "长文本";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CharTable.write(map, out);
        assertArrayEquals(map, CharTable.read(new ByteArrayInputStream(out.toByteArray())));
    }
}
