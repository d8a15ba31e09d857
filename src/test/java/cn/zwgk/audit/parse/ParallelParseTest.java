package cn.zwgk.audit.parse;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One parser serves a batch: parsing the corpus on many threads gives the same reports as parsing it in turn. */
class ParallelParseTest {

    @Test
    void sameReportsOnManyThreads() throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        for (Path dir : List.of(Fixtures.SEEDS, Fixtures.REAL_OPENINGS)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) docs.add(Documents.read(f));
            }
        }
        ReportParser parser = Corpus.parser();
        List<Report> expected = docs.stream().map(parser::parse).toList();
        IntStream.range(0, 10 * docs.size()).parallel().forEach(i -> {
            int k = i % docs.size();
            assertEquals(expected.get(k), parser.parse(docs.get(k)), docs.get(k).file());
        });
    }
}
