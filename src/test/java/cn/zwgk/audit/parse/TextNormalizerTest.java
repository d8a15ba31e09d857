package cn.zwgk.audit.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void labelKeysIgnorePunctuationAndNumbering() {
        assertEquals("1属于国家秘密", TextNormalizer.labelKeyOfRaw("1. 属于国家秘密"));
        assertEquals(TextNormalizer.labelKeyOfRaw("（七）总计"), TextNormalizer.labelKeyOfRaw("(七) 总计"));
        assertEquals("3危及三安全一稳定", TextNormalizer.labelKeyOfRaw("3.危及“三安全一稳定”"));
    }
}
