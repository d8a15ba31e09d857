package cn.zwgk.audit.parse;

/** A source line, or the part of one before or after a heading that stands inside the line. */
record Segment(int line, NormText norm) {

    String raw() {
        return norm.raw();
    }

    String text() {
        return norm.text();
    }

    boolean blank() {
        return norm.raw().isBlank();
    }
}
