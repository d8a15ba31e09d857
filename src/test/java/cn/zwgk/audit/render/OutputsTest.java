package cn.zwgk.audit.render;

import cn.zwgk.audit.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-report formats as {@code check --formats} names them, and what choosing some of them keeps. */
class OutputsTest {

    private static Outputs standard() throws Exception {
        return Outputs.standard(Templates.load(Fixtures.TEMPLATES), Fixtures.tables(), Fixtures.codes());
    }

    @Test
    void theNamedFormatsAreThoseWritten() throws Exception {
        assertEquals(Outputs.FORMATS, standard().extensions(), "--formats lists exactly the per-report outputs");
    }

    @Test
    void onlyKeepsTheChosenFormatsTheRecordAndTheirOverviews() throws Exception {
        Outputs pdf = standard().only(Set.of("pdf"));
        assertEquals(List.of("json", "pdf"), pdf.extensions());
        assertEquals(Set.of("summary.json", "summary.csv", "summary.pdf", "findings.xlsx", "通报.pdf"), Set.copyOf(pdf.batchFiles()));
        Outputs none = standard().only(Set.of());
        assertEquals(List.of("json"), none.extensions(), "NAME.json is the campaign's record: always written");
        assertEquals(Set.of("summary.json", "summary.csv", "findings.xlsx"), Set.copyOf(none.batchFiles()));
    }
}
