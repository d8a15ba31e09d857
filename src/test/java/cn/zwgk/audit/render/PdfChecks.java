package cn.zwgk.audit.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What a reader of a generated PDF can get out of it, through PDFBox. */
public record PdfChecks(int pages, String text, List<String> fonts, List<Boolean> embedded, List<String> bookmarks,
                        String title, String author, String subject, String keywords, String creator,
                        List<String> pageTexts) {

    public static PdfChecks of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), fonts, embedded);
            }
            List<String> bookmarks = new ArrayList<>();
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
            }
            List<String> pageTexts = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(doc));
            }
            var info = doc.getDocumentInformation();
            return new PdfChecks(doc.getNumberOfPages(), text, fonts, embedded, bookmarks, info.getTitle(),
                    info.getAuthor(), info.getSubject(), info.getKeywords(), info.getCreator(), pageTexts);
        }
    }

    private static void collect(PDResources res, List<String> fonts, List<Boolean> embedded) throws IOException {
        if (res == null) return;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            fonts.add(f.getName());
            embedded.add(f.isEmbedded());
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), fonts, embedded);
            }
        }
    }

    /** Lines of page {@code page}'s text (from 1), trimmed, without empty ones. */
    public List<String> pageLines(int page) {
        return pageTexts.get(page - 1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The text of every page without its last line (the footer), no whitespace: what runs on across pages. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= pages; p++) {
            List<String> lines = pageLines(p);
            for (String l : lines.subList(0, Math.max(0, lines.size() - 1))) sb.append(l);
        }
        return sb.toString().replaceAll("\\s", "");
    }

    /** Lines of extracted text, trimmed, without empty ones. */
    public List<String> lines() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
