package cn.zwgk.audit.read;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares line lists and reports the first difference instead of two walls of text. */
final class Lines {

    private Lines() {}

    static void assertSame(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("line " + (i + 1) + " differs:\n expected: " + expected.get(i) + "\n   actual: " + actual.get(i)
                        + (i + 1 < actual.size() ? "\n     next: " + actual.get(i + 1) : ""));
            }
        }
        if (expected.size() != actual.size()) {
            fail("expected " + expected.size() + " lines, got " + actual.size() + "; first extra: "
                    + (expected.size() > n ? "expected " + expected.get(n) : "actual " + actual.get(n)));
        }
    }
}
