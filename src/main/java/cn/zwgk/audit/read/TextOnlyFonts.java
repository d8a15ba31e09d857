package cn.zwgk.audit.read;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document's fonts as reading its text needs them, not drawing it. Most of a published PDF's read went into PDFBox
 * parsing the embedded font programs: WPS and Word embed each Chinese font as a subset that keeps the whole font's
 * glyph numbering, so each of a report's eight or nine fonts has tens of thousands of entries to read before a single
 * character is extracted. The text needs none of it when the font maps its codes through a ToUnicode CMap and gives
 * its box in the PDF itself: PDFBox then takes every code's character from that map (a code the map lacks is read as
 * the character of the same number, never from the program), its advance from the widths in the PDF and its height
 * from the box. So a composite TrueType font (Type 0 over CIDFontType2) with a ToUnicode map that parses and a FontBBox
 * in its descriptor is made here without its program; PDFBox is handed a fixed stand-in, the font it ships for
 * substitution, for the outlines nobody draws. Any other font PDFBox makes as usual. Set on each document before any
 * page is read; it keeps the fonts it makes for the whole document.
 */
final class TextOnlyFonts extends DefaultResourceCache {

    /** Marks the descriptor of a font made here, for {@link StandIn} (on its copy, never on the document's own). */
    private static final COSName TEXT_ONLY = COSName.getPDFName("ZwgkTextOnly");

    static {
        FontMappers.set(new StandIn(FontMappers.instance()));
    }

    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = super.getFont(indirect);
        if (font != null) return font;
        COSDictionary copy = indirect.getObject() instanceof COSDictionary d ? withoutProgram(d) : null;
        if (copy == null || Program.STAND_IN == null) return null;
        TextOnly made;
        try {
            made = new TextOnly(copy);
        } catch (IOException | RuntimeException e) {
            return null;   // PDFBox makes the font as usual, and deals with what is wrong with it
        }
        // without a map PDFBox would take characters from the program: then the font needs its program
        if (!made.mapped()) return null;
        put(indirect, made);
        return made;
    }

    /**
     * Keeps a font made here when PDFBox lets go of a page's resources (it does after each page, so that a long
     * document's fonts need not all stay in memory): a report's eight or nine fonts are used on every page, and making
     * each again for each page, ToUnicode map and all, was a fifth of a published PDF's read. Such a font holds its map
     * and widths only; a font with its program goes as PDFBox lets it.
     */
    @Override
    public PDFont removeFont(COSObject indirect) {
        return textOnly(super.getFont(indirect)) ? null : super.removeFont(indirect);
    }

    /** Whether {@code font} was made here, without its program. */
    static boolean textOnly(PDFont font) {
        return font instanceof TextOnly;
    }

    /** A composite font made from the copy of its dictionaries without the program. */
    private static final class TextOnly extends PDType0Font {
        TextOnly(COSDictionary copy) throws IOException {
            super(copy);
        }

        boolean mapped() {
            return getToUnicodeCMap() != null;
        }
    }

    /** A copy of a composite TrueType font's dictionaries without its program, or null when it does not qualify. */
    private static COSDictionary withoutProgram(COSDictionary font) {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) return null;
        if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) return null;
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() != 1
                || !(descendants.getObject(0) instanceof COSDictionary cid)) return null;
        if (!COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))) return null;
        COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor == null || descriptor.getDictionaryObject(COSName.FONT_FILE2) == null) return null;
        if (!hasBox(descriptor.getCOSArray(COSName.FONT_BBOX))) return null;
        COSDictionary fd = new COSDictionary(descriptor);
        fd.removeItem(COSName.FONT_FILE2);
        fd.setBoolean(TEXT_ONLY, true);
        COSDictionary cidCopy = new COSDictionary(cid);
        cidCopy.setItem(COSName.FONT_DESC, fd);
        COSArray one = new COSArray();
        one.add(cidCopy);
        COSDictionary copy = new COSDictionary(font);
        copy.setItem(COSName.DESCENDANT_FONTS, one);
        return copy;
    }

    /** PDFBox takes the box from the descriptor only when it is four numbers, not all zero; else from the program. */
    private static boolean hasBox(COSArray box) {
        if (box == null || box.size() != 4) return false;
        boolean nonZero = false;
        for (COSBase b : box.toList()) {
            if (!(b instanceof COSNumber n)) return false;
            nonZero |= n.floatValue() != 0;
        }
        return nonZero;
    }

    /** PDFBox's font mapper, but for the fonts made here: the stand-in, found without looking through system fonts. */
    private record StandIn(FontMapper fonts) implements FontMapper {

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return fonts.getTrueTypeFont(baseFont, descriptor);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return fonts.getFontBoxFont(baseFont, descriptor);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
            if (descriptor != null && descriptor.getCOSObject().getBoolean(TEXT_ONLY, false)) {
                return new CIDFontMapping(null, Program.STAND_IN, true);
            }
            return fonts.getCIDFont(baseFont, descriptor, info);
        }
    }

    /** The font PDFBox ships for substitution, parsed once; null if it cannot be (then fonts are made as usual). */
    private static final class Program {
        static final TrueTypeFont STAND_IN = load();

        private static TrueTypeFont load() {
            try (InputStream in = PDFont.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                if (in == null) return null;
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // every table PDFBox may look at for a font made here, read now rather than lazily by two threads
                ttf.getUnicodeCmapLookup(false);
                ttf.getHeader();
                ttf.getHorizontalHeader();
                ttf.getMaximumProfile();
                ttf.getHorizontalMetrics();
                ttf.getPostScript();
                ttf.getOS2Windows();
                ttf.getNaming();
                ttf.getName();
                ttf.getAdvanceWidth(0);
                return ttf;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
