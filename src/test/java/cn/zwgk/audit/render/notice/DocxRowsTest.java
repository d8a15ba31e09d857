package cn.zwgk.audit.render.notice;

import cn.zwgk.audit.render.docx.Docx;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table whose rows are written as text is the table Docx builds from the same rows, byte for byte but for spacing. */
class DocxRowsTest {

    private static final List<String> HEADER = List.of("序号", "单位", "问题", "程度", "位置");
    private static final List<List<String>> ROWS = List.of(
            List.of("1", "某县人民政府办公室", "表三合计不等：“合计”为 12，各项之和为 11 & <差 1>", "错误", "表三 第 2 行"),
            List.of("2", " 前后有空格 ", "第一行\n第二行", "提醒", ""),
            List.of("3", "甲局", "第一部分", "警告", "第一部分"));

    @Test
    void streamedRowsAreTheRowsDocxWrites() throws IOException {
        // the streamed row keeps spaces in every text element (Docx, as POI, only where there are any) and escapes '>'
        assertEquals(same(document(docx(ROWS))), same(document(streamed(ROWS))));
    }

    @Test
    void wordReadsTheStreamedTableBack() throws IOException {
        List<List<String>> rows = new ArrayList<>(ROWS);
        rows.add(List.of("4", "乙局", "控制字符\u0007XML 容不下", "提醒", ""));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(streamed(rows)))) {
            XWPFTable t = d.getTables().get(0);
            assertEquals(rows.size() + 1, t.getNumberOfRows());
            assertEquals("控制字符XML 容不下", t.getRow(4).getCell(2).getText());
            assertEquals(HEADER.get(2), t.getRow(0).getCell(2).getText());
            assertEquals(ROWS.get(0).get(2), t.getRow(1).getCell(2).getText());
            assertEquals(" 前后有空格 ", t.getRow(2).getCell(1).getText());
            assertEquals("第一行\n第二行", t.getRow(2).getCell(2).getText());
        }
    }

    private static String same(String xml) {
        return xml.replace("<w:t>", "<w:t xml:space=\"preserve\">").replace("<w:t/>", "<w:t xml:space=\"preserve\"></w:t>")
                .replace("&gt;", ">");
    }

    private static byte[] docx(List<List<String>> rows) throws IOException {
        Docx d = new Docx(Map.of());
        d.text("附件", 16, false);
        d.table(HEADER, rows, 10.5, 0.7, 2.4, 4.6, 0.9, 2.2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.write(out);
        return out.toByteArray();
    }

    private static byte[] streamed(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRows.write(docx(List.of(DocxRows.placeholder(HEADER.size()))), rows, out);
        return out.toByteArray();
    }

    private static String document(byte[] docx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new IOException("no document.xml");
    }
}
