package cn.zwgk.audit.campaign;

import cn.zwgk.audit.config.ConfigException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterTest {

    @Test
    void xlsxRosterNamesFilesByTheirFileOrFolderName(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("agencies.xlsx"))) {
            var sheet = wb.createSheet("名单");
            String[][] rows = {{"单位名称", "文件名", "联系人"}, {"江阳区人民政府", "江阳区", "李强"},
                    {"江阳区卫生健康局", "江阳区卫健局", "王芳"}, {"龙马潭区人民政府", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) sheet.createRow(r).createCell(c);
                for (int c = 0; c < 3; c++) sheet.getRow(r).createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }
        Roster roster = Roster.load(dir);
        assertEquals(3, roster.agencies().size(), "the header row is not an agency");
        // the longest identifying name wins: 江阳区卫健局 is not 江阳区
        assertEquals("江阳区卫生健康局", roster.match(Path.of("/in/江阳区卫健局2023年报.pdf")).orElseThrow().name());
        assertEquals("江阳区人民政府", roster.match(Path.of("/in/江阳区/报告.docx")).orElseThrow().name(), "a folder");
        assertEquals("龙马潭区人民政府", roster.match(Path.of("/in/龙马潭区人民政府.txt")).orElseThrow().name(),
                "no file name given: the agency's own name identifies it");
        assertFalse(roster.match(Path.of("/in/纳溪区.txt")).isPresent());
    }

    @Test
    void csvSavedByExcelInGbkWithQuotes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("agencies.csv"), "单位,文件名,联系人\r\n\"泸州市财政局\",财政局,\"周洁, 0830-1\"\r\n"
                .getBytes(Charset.forName("GB18030")));
        Roster roster = Roster.load(dir);
        assertEquals(List.of(new Roster.Agency("泸州市财政局", "财政局", "周洁, 0830-1")), roster.agencies());
    }

    @Test
    void anEmptyRosterIsAClearMistake(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("agencies.csv"), "单位,文件名,联系人\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Roster.load(dir));
        assertTrue(e.problems().get(0).message().contains("名单中没有单位"));
        assertFalse(Roster.load(Files.createDirectory(dir.resolve("none"))).present());
    }
}
