package cn.zwgk.audit.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

import java.awt.Color;

/** Text elements that follow Chinese line-breaking rules ({@link ChineseLineBreak}); all PDF text goes through here. */
final class PdfText {

    private PdfText() {}

    static Chunk chunk(String text, Font font) {
        Chunk c = new Chunk(text == null ? "" : clean(text), font);
        c.setSplitCharacter(ChineseLineBreak.INSTANCE);
        return c;
    }

    /** A chunk that is also a bookmark of the PDF (collected by {@link PageDecorations}). */
    static Chunk bookmarked(String text, Font font) {
        Chunk c = chunk(text, font);
        c.setGenericTag(PageDecorations.outline(text));
        return c;
    }

    /** A heading paragraph that is also a bookmark. */
    static Paragraph heading(String text, Font font) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        p.add(bookmarked(text, font));
        return p;
    }

    static Phrase phrase(String text, Font font) {
        Phrase p = new Phrase();
        p.setFont(font);
        p.add(chunk(text, font));
        return p;
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        p.add(chunk(text, font));
        p.setLeading(font.getSize() * 1.5f);
        return p;
    }

    static Paragraph centered(String text, Font font) {
        Paragraph p = paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(phrase(text, font));
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        c.setLeading(0, 1.3f);
        c.setBorderColor(new Color(0x99, 0x99, 0x99));
        c.setBorderWidth(0.5f);
        return c;
    }

    /** Tabs and stray control characters would print as boxes. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') sb.append(' ');
            else if (c == '\n') sb.append('\n');
            else if (c < 0x20 || c == 0x7F || c == '\uFEFF') continue;
            else sb.append(c);
        }
        return sb.toString();
    }
}
