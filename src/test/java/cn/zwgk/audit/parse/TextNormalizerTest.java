package cn.zwgk.audit.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Normalisation for matching, with the raw text kept for quoting. */
class TextNormalizerTest {

    @Test
    void foldsWidthsSpacesAndTraditionalCharacters() {
        assertEquals("商业企业", TextNormalizer.normalize("商业 企业").text());
        assertEquals("2023年", TextNormalizer.normalize("２０２３ 年").text());
        assertEquals("(一)予以公开,本年:", TextNormalizer.normalize("（一） 予以公开，本年：").text());
        assertEquals("总体情况", TextNormalizer.normalize("總體情況").text());
        assertEquals("Changtu Municipality", TextNormalizer.normalize("Changtu  Municipality").text());
        assertEquals("1月1日-2023年", TextNormalizer.normalize("1月1日—2023年").text());
    }

    @Test
    void yearsInChineseDigitsAreDigits() {
        NormText n = TextNormalizer.normalize("二〇二三年度、二零二二 年、一九九九年");
        assertEquals("2023年度、2022年、1999年", n.text());
        assertEquals("二零二二 年", n.rawSlice(7, 12));
        // counts and ordinals are no years: "二十三年", "三二一年", five digits
        assertEquals("二十三年,三二一年,二〇二三一年", TextNormalizer.normalize("二十三年，三二一年，二〇二三一年").text());
    }

    @Test
    void dropsPinyinAnnotations() {
        NormText n = TextNormalizer.normalize("常州市生態(tài)環(huán)境局");
        assertEquals("常州市生态环境局", n.text());
        assertEquals("環(huán)境局", n.rawSlice(5, 8));
        assertEquals("第(一)项", TextNormalizer.normalize("第（一）项").text());
    }

    @Test
    void rawSlicesQuoteTheOriginal() {
        NormText n = TextNormalizer.normalize("新受理政府信息公开申请 ４２ 件，");
        int at = n.text().indexOf("42件");
        assertEquals("４２ 件", n.rawSlice(at, at + 3));
    }

    @Test
    void aCharacterThatBecomesSeveralKeepsItsOffsets() {
        // ㍿ is 株式会社 under NFKC: the text grows past the raw length, and each of the four points back at ㍿
        NormText n = TextNormalizer.normalize("a㍿b４２");
        assertEquals("a株式会社b42", n.text());
        assertArrayEquals(new int[] {0, 1, 1, 1, 1, 2, 3, 4, 5}, n.offsets());
        assertEquals("㍿", n.rawSlice(1, 5));
        NormText six = TextNormalizer.normalize("㍿㍿㍿㍿㍿㍿年");
        assertEquals("株式会社".repeat(6) + "年", six.text());
        assertEquals("㍿年", six.rawSlice(20, 25));
    }

    @Test
    void textThatNeedsNoChangeComesBackAsItIs() {
        NormText n = TextNormalizer.normalize("本年新收申请 42件");
        assertEquals("本年新收申请42件", n.text());
        NormText same = TextNormalizer.normalize("a b,42");
        assertEquals("a b,42", same.text());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, same.offsets());
        // a single space kept between ASCII words is still a change when it was a tab or a run of spaces
        assertEquals("a b", TextNormalizer.normalize("a\tb").text());
        assertEquals("a b", TextNormalizer.normalize("a   b").text());
        assertArrayEquals(new int[] {0, 1, 4, 5}, TextNormalizer.normalize("a   b").offsets());
        assertEquals("", TextNormalizer.normalize("  ").text());
    }

    /** Every character Java counts as whitespace (U+001C, U+1680, U+2028, U+3000 …) is a space. */
    @Test
    void everyWhitespaceCharacterIsASpace() {
        int spaces = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (!Character.isWhitespace(c)) continue;
            assertEquals("a b", TextNormalizer.normalize("a" + c + "b").text(), Integer.toHexString(c));
            assertEquals("商业", TextNormalizer.normalize("商" + c + c + "业").text(), Integer.toHexString(c));
            spaces++;
        }
        assertTrue(spaces > 20, "whitespace characters: " + spaces);
    }

    @Test
    void labelKeysIgnorePunctuationAndNumbering() {
        assertEquals("1属于国家秘密", TextNormalizer.labelKeyOfRaw("1. 属于国家秘密"));
        assertEquals(TextNormalizer.labelKeyOfRaw("（七）总计"), TextNormalizer.labelKeyOfRaw("(七) 总计"));
        assertEquals("3危及三安全一稳定", TextNormalizer.labelKeyOfRaw("3.危及“三安全一稳定”"));
    }
}
