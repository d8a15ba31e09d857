package cn.zwgk.audit.parse;

import java.util.List;

/**
 * The document cut into the preamble and the parts under each section heading found, website text after the body
 * removed.
 *
 * @param preamble  segments before the first heading
 * @param parts     one per heading found, in document order
 * @param endsAtEof true when the last part runs to the end of the document (nothing was cut off after it)
 */
record Outline(List<Segment> preamble, List<Part> parts, boolean endsAtEof) {

    /** A section heading and the segments of its body. */
    record Part(ParserConfig.Heading def, String heading, boolean variant, int line, List<Segment> body) {

        /** Last line with text in the body, or the heading's line. */
        int endLine() {
            for (int i = body.size() - 1; i >= 0; i--) if (!body.get(i).blank()) return body.get(i).line();
            return line;
        }
    }

    Part part(int number) {
        for (Part p : parts) if (p.def().number() == number) return p;
        return null;
    }

    boolean isLast(Part p) {
        return !parts.isEmpty() && parts.get(parts.size() - 1) == p;
    }
}
