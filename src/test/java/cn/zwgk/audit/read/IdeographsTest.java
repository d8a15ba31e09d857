package cn.zwgk.audit.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class IdeographsTest {

    @Test
    void radicalsReadAsTheIdeographsTheyStandFor() {
        // Kangxi radicals (NFKC would fold these) and CJK Radicals Supplement (NFKC does not: ⺠ stays ⺠)
        assertEquals("一、总体情况", Ideographs.fold("\u2F00、总体情况"));
        assertEquals("二、主动公开政府信息情况", Ideographs.fold("\u2F06、主动公开政府信息情况"));
        assertEquals("淮安市人民政府", Ideographs.fold("淮安市⼈\u2EA0政府"));
        assertEquals("长", Ideographs.fold("\u2ED3"));
        assertEquals("门", Ideographs.fold("\u2ED4"));
    }

    @Test
    void compatibilityIdeographsReadAsUnifiedOnes() {
        assertEquals("豈", Ideographs.fold("\uF900"));
        assertEquals("\u3B08", Ideographs.fold(new String(Character.toChars(0x2F8D0)))); // outside the BMP
        // FA0E is a unified ideograph in the compatibility block: it stays
        assertEquals("\uFA0E", Ideographs.fold("\uFA0E"));
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String s = "本机关2024年收到政府信息公开申请42件。";
        assertSame(s, Ideographs.fold(s));
    }

    @Test
    void aSourceDocumentHoldsTheFoldedText() {
        SourceDocument d = SourceDocument.ofText("x.txt", "text", "UTF-8", "\u2F00、总体情况\n⼈\u2EA0政府");
        assertEquals(List.of("一、总体情况", "人民政府"), d.lines().stream().map(SourceLine::text).toList());
    }
}
