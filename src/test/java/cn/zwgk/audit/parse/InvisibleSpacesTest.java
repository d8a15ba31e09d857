package cn.zwgk.audit.parse;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text copied from web pages and word processors carries spaces that Java does not strip: no-break spaces for
 * {@code &nbsp;}, zero-width spaces, byte-order marks where files were joined. A seed written with them is read as the
 * seed itself, every fact alike (before: "| &nbsp; |" was a cell with something in it, CELL_INVALID on every empty cell;
 * a heading after a stray mark was no heading, SECTION_MISSING).
 */
class InvisibleSpacesTest {

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<Object[]> edits = List.of(
                new Object[] {"every space a no-break space", (UnaryOperator<String>) t -> t.replace(' ', '\u00A0')},
                new Object[] {"every space a narrow no-break space", (UnaryOperator<String>) t -> t.replace(' ', '\u202F')},
                new Object[] {"every space a figure space", (UnaryOperator<String>) t -> t.replace(' ', '\u2007')},
                new Object[] {"a zero-width space after every bar", (UnaryOperator<String>) t -> t.replace("|", "|\u200B")},
                new Object[] {"a word joiner before every bar", (UnaryOperator<String>) t -> t.replace("|", "\u2060|")},
                new Object[] {"a byte-order mark at the head of every line", (UnaryOperator<String>) t -> t.replace("\n", "\n\uFEFF")});
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (Object[] e : edits) out.add(Arguments.of(seed, e[0], e[1]));
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("cases")
    void theReportIsReadAsTheSeed(String seed, String edit, UnaryOperator<String> change, @TempDir Path dir) throws Exception {
        Path original = Corpus.seed(seed);
        String text = Files.readString(original);
        Path changed = dir.resolve(original.getFileName());
        Files.writeString(changed, change.apply(text));
        assertEquals(Corpus.parse(original).toString().replace(original.toString(), "FILE"),
                Corpus.parse(changed).toString().replace(changed.toString(), "FILE"));
    }
}
