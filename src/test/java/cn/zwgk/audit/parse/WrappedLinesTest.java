package cn.zwgk.audit.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A report whose lines were broken at a fixed width, as a text printed to a PDF or saved from a narrow window is: the
 * tables' labels and header cells broken anywhere ("…其政府信息" / "公开申请 | 0 | …", "复议" / "后起诉", a header
 * row's last "|" on a line of its own). Every cell of tables 二, 三 and 四 reads as in the seed itself.
 */
class WrappedLinesTest {

    @ParameterizedTest(name = "seed {0}, lines of {1} characters")
    @CsvSource({"000, 40", "001, 40", "002, 40", "003, 40", "004, 40",
                "000, 30", "001, 30", "002, 30", "003, 30", "004, 30",
                "000, 35", "001, 35", "002, 35", "003, 35", "004, 35",
                "000, 60", "001, 60", "002, 60", "003, 60", "004, 60"})
    void theTablesReadAsInTheSeed(String seed, int width, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path original = Corpus.seed(seed);
        Path wrapped = dir.resolve(original.getFileName());
        Files.writeString(wrapped, wrap(Files.readString(original), width));
        assertEquals(Corpus.cellValues(Corpus.parse(original)), Corpus.cellValues(Corpus.parse(wrapped)));
    }

    private static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder();
        for (String line : text.replace("\uFEFF", "").split("\\R", -1)) {
            while (line.length() > width) {
                b.append(line, 0, width).append('\n');
                line = line.substring(width);
            }
            b.append(line).append('\n');
        }
        return b.toString();
    }
}
