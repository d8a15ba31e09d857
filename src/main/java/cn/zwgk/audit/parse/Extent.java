package cn.zwgk.audit.parse;

/** The first and last line a table's tokens stand on. */
final class Extent {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;

    void include(int line) {
        first = Math.min(first, line);
        last = Math.max(last, line);
    }

    boolean empty() {
        return first == Integer.MAX_VALUE;
    }
}
