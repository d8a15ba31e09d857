package cn.zwgk.audit.parse;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.config.YamlFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searching only where a match can start finds exactly what Matcher.find finds. */
class FirstCharSearchTest {

    @Test
    void readsTheLeadingCharactersOnlyWhenThePatternShowsThemPlainly() {
        for (String p : List.of("(公布|编制)了?x", "由(a|b)编制", "请与x", "(公布|编制)+x", "由[^,]x(?:局|办)"))
            assertTrue(search(p).selective(), p);
        for (String p : List.of("(?:公布|编制)x", "(公布|)x", "(公布|编制)?x", "(公布|编制)*x", "(公布|编制){0,2}x",
                "公?x", "公*x", "公{0,1}x", "(公布|编制)x|由y", "由x(局|办)|y", "[公编]x", "\\d+年", "(公\\w|编制)x",
                "^由x", "(?i)由x", ".x", "(公 布|编制)", "由[a|b]x", "由x\\Q|\\E"))
            assertFalse(search(p).selective(), p);
        assertFalse(FirstCharSearch.of(Pattern.compile("由x", Pattern.CASE_INSENSITIVE)).selective());
    }

    /** A lookbehind may look before the position tried, and ^ is the start of the whole text, not of the try. */
    @Test
    void lookbehindsAndAnchorsSeeTheWholeText() {
        assertEquals(List.of("4-6"), matches(search("公(?<!不公)开"), "不公开,公开"));
        assertEquals(List.of("1-2"), matches(search("公(?<=不公)"), "不公,公"));
        assertEquals(List.of("0-1 0:1"), matches(search("(公|开)(?<=^.)"), "公开"));
        assertEquals(List.of("2-3 2:3"), matches(search("(公|开)$"), "公开公"));
        assertEquals(List.of("0-2 0:2", "2-4 2:4", "5-7 5:7"), matches(search("(公布|公开)"), "公布公开,公开"));
    }

    /** The office's agency sentences, and a few of other shapes, over the lines of every sample and real opening. */
    @Test
    void findsWhatFindFindsOnRealText() throws Exception {
        SectionRules rules = YamlFiles.read(Fixtures.RULES.resolve("sections.yaml"), SectionRules.class);
        String name = "(?<agency>[\\u3400-\\u4dbf\\u4e00-\\u9fff]{1,30}?(?:" + rules.agency().suffix() + "))";
        List<String> sources = new ArrayList<>();
        for (String s : rules.agency().sentences()) sources.add(s.replace(AgencyNames.NAME, name));
        for (String s : rules.agency().contacts()) sources.add(s.replace(AgencyNames.NAME, name));
        sources.addAll(List.of("(收到|受理)(?<!不予受理)[^,。]{0,10}?(\\d+)件", "年(?=度)", "(公开|办理)$"));
        List<FirstCharSearch> searches = sources.stream().map(FirstCharSearchTest::search).toList();
        assertTrue(searches.stream().filter(FirstCharSearch::selective).count() >= 5);

        List<String> lines = new ArrayList<>();
        for (Path root : List.of(Fixtures.SEEDS, Fixtures.REAL_HTML, Fixtures.REAL_OPENINGS, Fixtures.REAL_OPENINGS_2)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    for (String line : text.split("\n")) lines.add(TextNormalizer.normalize(line).text());
                }
            }
        }
        int found = 0;
        for (FirstCharSearch s : searches) {
            for (String line : lines) {
                List<String> expected = new ArrayList<>();
                Matcher m = s.pattern().matcher(line);
                for (int from = 0; from < line.length() && m.find(from); from = Math.max(m.end(), m.start() + 1)) {
                    expected.add(m.start() + "-" + m.end() + groups(m));
                }
                assertEquals(expected, matches(s, line), s.pattern() + " on " + line);
                found += expected.size();
            }
        }
        assertTrue(found > 100, "the patterns match real text: " + found);
    }

    private static FirstCharSearch search(String regex) {
        return FirstCharSearch.of(Pattern.compile(regex));
    }

    private static List<String> matches(FirstCharSearch s, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = s.matcher(text);
        for (int from = 0; from < text.length() && s.find(m, text, from); from = Math.max(m.end(), m.start() + 1)) {
            out.add(m.start() + "-" + m.end() + groups(m));
        }
        return out;
    }

    private static String groups(Matcher m) {
        StringBuilder b = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) b.append(' ').append(m.start(g)).append(':').append(m.end(g));
        return b.toString();
    }
}
