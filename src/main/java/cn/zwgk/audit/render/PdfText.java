package cn.zwgk.audit.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenPDF text elements that follow Chinese line-breaking rules ({@link ChineseLineBreak}), for the documents OpenPDF
 * lays out (the batch summary and the notice); the per-report letter is drawn directly ({@link PageFlow}).
 */
final class PdfText {

    private PdfText() {}

    /**
     * The text as chunks with Chinese line breaking: one chunk in the font's face, or, where the main font lacks a
     * character, runs in the full font too (see {@link PdfFonts}), so no character is lost.
     */
    static List<Chunk> chunks(String text, Font font) {
        String s = text == null ? "" : clean(text);
        PdfFonts fonts = PdfFonts.get();
        if (font.getBaseFont() != fonts.regular() || fonts.covers(s)) return List.of(chunk(s, font));
        List<Chunk> chunks = new ArrayList<>();
        for (PdfFonts.Run r : fonts.runs(s)) {
            chunks.add(chunk(r.text(), r.font() == font.getBaseFont() ? font
                    : new Font(r.font(), font.getSize(), font.getStyle(), font.getColor())));
        }
        return chunks;
    }

    private static Chunk chunk(String cleaned, Font font) {
        Chunk c = new Chunk(cleaned, font);
        c.setSplitCharacter(ChineseLineBreak.INSTANCE);
        return c;
    }

    /** Appends {@code text} to {@code phrase} in {@code font}. */
    static void add(Phrase phrase, String text, Font font) {
        for (Chunk c : chunks(text, font)) phrase.add(c);
    }

    /** Text that is also a bookmark of the PDF (collected by {@link PageDecorations}). */
    static Phrase bookmarked(String text, Font font) {
        Phrase p = new Phrase();
        p.setFont(font);
        for (Chunk c : chunks(text, font)) {
            c.setGenericTag(PageDecorations.outline(text));
            p.add(c);
        }
        return p;
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
        add(p, text, font);
        return p;
    }

    /**
     * Draws one line of text straight onto {@code cb} at ({@code x}, {@code y}), aligned left or centred there, each
     * character in the font that has it; the caller has begun the text block and set colours and rendering mode.
     */
    static void show(PdfContentByte cb, int align, String text, float x, float y, float size) {
        PdfFonts fonts = PdfFonts.get();
        if (fonts.covers(text)) {
            cb.setFontAndSize(fonts.regular(), size);
            cb.showTextAligned(align, text, x, y, 0);
            return;
        }
        float left = align == PdfContentByte.ALIGN_CENTER ? x - fonts.width(text, size) / 2 : x;
        for (PdfFonts.Run r : fonts.runs(text)) {
            cb.setFontAndSize(r.font(), size);
            cb.showTextAligned(PdfContentByte.ALIGN_LEFT, r.text(), left, y, 0);
            left += r.font().getWidthPoint(r.text(), size);
        }
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        add(p, text, font);
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
        int plain = 0;
        while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) != 0x7F
                && text.charAt(plain) != '\uFEFF') plain++;
        if (plain == text.length()) return text; // nearly every text has nothing to clean
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
