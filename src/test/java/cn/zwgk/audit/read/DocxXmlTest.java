package cn.zwgk.audit.read;

import cn.zwgk.audit.Fixtures;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The StAX reader gives what POI gives, on real renderings and on every construct it reads; the rest it leaves. */
class DocxXmlTest {

    static Stream<Path> renderings() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.LIBREOFFICE)) {
            return files.filter(f -> f.toString().endsWith(".docx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void aLibreOfficeDocumentReadsAsWithPoi(Path file) throws Exception {
        assertAlike(Files.readAllBytes(file));
    }

    @ParameterizedTest
    @MethodSource("cn.zwgk.audit.read.DocxReaderTest#seeds")
    void aWordListReadsAsWithPoi(Path seed) throws Exception {
        assertAlike(DocxRendering.docx(SeedText.of(seed), false));
        assertAlike(DocxRendering.docx(SeedText.of(seed), true));
        assertAlike(DocxRendering.docx(SeedText.of(seed), true, true));
    }

    @Test
    void runsOfEveryKindReadAsWithPoi() throws Exception {
        byte[] docx = document(d -> {
            XWPFParagraph p = d.createParagraph();
            XWPFRun r = p.createRun();
            r.setText("一、总体情况");
            r.addTab();
            r.setText("（一）");
            r.addBreak();
            r.setText("第二行");
            r.addCarriageReturn();
            r.getCTR().addNewNoBreakHyphen();
            r.getCTR().addNewSoftHyphen();
            r.getCTR().addNewLastRenderedPageBreak();
            p.getCTP().addNewBookmarkStart().setName("a");
            p.createHyperlinkRun("https://www.gov.cn/").setText("中国政府网");
            CTR field = p.getCTP().addNewFldSimple().addNewR();
            field.addNewT().setStringValue("12");
            CTR inserted = p.getCTP().addNewIns().addNewR();
            inserted.addNewT().setStringValue("新增");
            CTR deleted = p.getCTP().addNewDel().addNewR();
            deleted.addNewDelText().setStringValue("删去");
            p.getCTP().addNewSmartTag().addNewR().addNewT().setStringValue("平潭");
            complexField(p, " PAGE ", "3");
            p.getCTP().addNewProofErr();
            XWPFParagraph q = d.createParagraph();
            q.createRun().setText("  前后有空格  ");
            q.createRun().setText("&<>\"'");
        });
        assertAlike(docx);
        assertEquals(List.of("一、总体情况 （一）", "第二行", "\u2011中国政府网12新增平潭3", "前后有空格 &<>\"'"),
                lines(DocxXml.read(docx)));
    }

    @Test
    void tablesOfEveryShapeReadAsWithPoi() throws Exception {
        byte[] docx = document(d -> {
            XWPFTable t = d.createTable(3, 3);
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) t.getRow(i).getCell(j).setText(i + "-" + j);
            CTTcPr span = t.getRow(0).getCell(0).getCTTc().addNewTcPr();
            span.addNewGridSpan().setVal(BigInteger.TWO);
            t.getRow(0).removeCell(1);
            t.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            t.getRow(2).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            t.getRow(2).removeCell(0);
            XWPFTable single = d.createTable(2, 1);
            single.getRow(0).getCell(0).setText("单列表格里的一段话");
            XWPFTable outer = d.createTable(1, 2);
            outer.getRow(0).getCell(0).setText("外层");
            new XWPFTable(outer.getRow(0).getCell(1).getCTTc().addNewTbl(), outer.getRow(0).getCell(1), 1, 2)
                    .getRow(0).getCell(0).setText("内层");
            d.createTable(1, 2).getRow(0).getCell(0).getCTTc().addNewP(); // a cell with two paragraphs
        });
        assertAlike(docx);
    }

    @Test
    void whatItDoesNotReadIsLeftToPoi() throws Exception {
        List<byte[]> left = new ArrayList<>();
        left.add(document(d -> {
            XWPFRun r = d.createParagraph().createRun();
            r.setText("capitals");
            r.setCapitalized(true);
        }));
        left.add(document(d -> d.createParagraph().getCTP().addNewSdt().addNewSdtContent().addNewR().addNewT()
                .setStringValue("内容控件")));
        left.add(document(d -> d.getDocument().getBody().addNewSdt().addNewSdtContent().addNewP().addNewR().addNewT()
                .setStringValue("块级内容控件")));
        left.add(document(d -> d.createParagraph().createRun().getCTR().addNewFootnoteReference()
                .setId(BigInteger.ONE)));
        left.add(document(d -> {
            CTP p = d.createParagraph().getCTP();
            p.addNewIns().addNewIns().addNewR().addNewT().setStringValue("套在修订里的修订");
        }));
        for (byte[] docx : left) {
            assertThrows(DocxXml.Unsupported.class, () -> DocxXml.read(docx));
            DocxReader.read("x.docx", docx); // and POI reads it
        }
        assertEquals(List.of("CAPITALS"), lines(DocxReader.withPoi(left.get(0))));
    }

    @Test
    void aDamagedArchiveIsLeftToPoi() throws Exception {
        byte[] good = DocxRendering.docx(SeedText.of(SeedText.seeds().get(0)));
        assertThrows(DocxXml.Unsupported.class, () -> DocxXml.read(java.util.Arrays.copyOf(good, good.length / 2)));
        assertThrows(DocxXml.Unsupported.class,
                () -> DocxXml.read(DocumentsTest.zip("word/document.xml", "<w:document><w:body><w:p>")));
        String xml = DocxReaderTest.documentXml(good);
        byte[] withDtd = withDocumentXml(good, xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY a \"b\">]>"));
        assertThrows(DocxXml.Unsupported.class, () -> DocxXml.read(withDtd));
        assertThrows(UnreadableInputException.class, () -> DocxReader.read("dtd.docx", withDtd)); // as POI always did
    }

    private static byte[] withDocumentXml(byte[] docx, String xml) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             var z = new java.util.zip.ZipOutputStream(bos)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(e.getName().equals("word/document.xml")
                        ? xml.getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes());
            }
        }
        return bos.toByteArray();
    }

    private static void assertAlike(byte[] docx) throws Exception {
        DocxBody fast = assertDoesNotThrow(() -> DocxXml.read(docx), "read with StAX");
        DocxBody poi = DocxReader.withPoi(docx);
        assertEquals(poi.blocks(), fast.blocks());
        assertEquals(lines(poi), lines(fast));
    }

    private static List<String> lines(DocxBody body) throws UnreadableInputException {
        return HtmlReaderTest.texts(DocxReader.lines("x.docx", body));
    }

    private static void complexField(XWPFParagraph p, String code, String shown) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(code);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(shown);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static byte[] document(Consumer<XWPFDocument> build) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.accept(d);
            d.write(out);
            return out.toByteArray();
        }
    }
}
