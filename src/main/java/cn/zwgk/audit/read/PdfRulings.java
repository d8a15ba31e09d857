package cn.zwgk.audit.read;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The straight horizontal and vertical lines one page draws (table borders), stroked or filled as thin rectangles, in
 * page coordinates with y growing downwards. Fed path by path by {@link PdfPages} as it reads the page's content
 * stream, with points already in device space.
 */
final class PdfRulings {

    /** A horizontal ({@code x0..x1} at {@code y0 == y1}) or vertical line. */
    record Line(float x0, float y0, float x1, float y1) {
        boolean horizontal() {
            return y0 == y1;
        }
    }

    /** thicker than this, a filled rectangle is a shape (its edges still count), not a line */
    private static final float THIN = 3f;
    private static final int MAX_LINES = 20_000;

    private final float left;
    private final float top;
    private final List<Line> lines = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[][]> rects = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();

    PdfRulings(PDRectangle cropBox) {
        left = cropBox.getLowerLeftX();
        top = cropBox.getUpperRightY();
    }

    List<Line> lines() {
        return lines;
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rects.add(new float[][] {pt(p0), pt(p1), pt(p2), pt(p3)});
    }

    void moveTo(Point2D.Float p) {
        current = p;
    }

    void lineTo(Point2D.Float p) {
        path.add(new float[] {current.x - left, top - current.y, p.x - left, top - p.y});
        current = p;
    }

    /** A curve is no ruling; only where it ends matters, for the next segment. */
    void curveTo(Point2D.Float end) {
        current = end;
    }

    /** {@code n}: the path is dropped unpainted (a clipping path). */
    void endPath() {
        clear();
    }

    /** Stroked, filled or both: its straight segments and thin rectangles are rulings. */
    void paint() {
        for (float[] s : path) add(s[0], s[1], s[2], s[3]);
        for (float[][] r : rects) {
            float x0 = Math.min(Math.min(r[0][0], r[1][0]), Math.min(r[2][0], r[3][0]));
            float x1 = Math.max(Math.max(r[0][0], r[1][0]), Math.max(r[2][0], r[3][0]));
            float y0 = Math.min(Math.min(r[0][1], r[1][1]), Math.min(r[2][1], r[3][1]));
            float y1 = Math.max(Math.max(r[0][1], r[1][1]), Math.max(r[2][1], r[3][1]));
            if (y1 - y0 < THIN) {
                add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
            } else if (x1 - x0 < THIN) {
                add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
            } else {
                add(x0, y0, x1, y0);
                add(x0, y1, x1, y1);
                add(x0, y0, x0, y1);
                add(x1, y0, x1, y1);
            }
        }
        clear();
    }

    private float[] pt(Point2D p) {
        return new float[] {(float) p.getX() - left, top - (float) p.getY()};
    }

    private void add(float x0, float y0, float x1, float y1) {
        if (lines.size() >= MAX_LINES) return;
        if (Math.abs(y1 - y0) < 0.5f && Math.abs(x1 - x0) > 1f) {
            float y = (y0 + y1) / 2;
            lines.add(new Line(Math.min(x0, x1), y, Math.max(x0, x1), y));
        } else if (Math.abs(x1 - x0) < 0.5f && Math.abs(y1 - y0) > 1f) {
            float x = (x0 + x1) / 2;
            lines.add(new Line(x, Math.min(y0, y1), x, Math.max(y0, y1)));
        }
    }

    private void clear() {
        path.clear();
        rects.clear();
    }
}
