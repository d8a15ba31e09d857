package cn.zwgk.audit.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A set of characters holds exactly the characters it was made of, over the whole BMP. */
class CharSetTest {

    @Test
    void holdsExactlyItsCharacters() {
        String members = "\u0000a?公开\u4E00\u9FFF\uFFFF";
        CharSet set = CharSet.of(members);
        for (char c = 0; ; c++) {
            assertEquals(members.indexOf(c) >= 0, set.contains(c), Integer.toHexString(c));
            if (c == Character.MAX_VALUE) break;
        }
        assertEquals(false, CharSet.of("").contains('a'));
    }
}
