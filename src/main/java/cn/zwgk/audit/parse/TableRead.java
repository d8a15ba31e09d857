package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Table;

import java.util.List;

/**
 * What a table reader found: the table, its canonical cells, the labels that matched only approximately or belong to
 * the old format, and the lines the table occupies (excluded from the section's text).
 */
record TableRead(Table table, List<Cell> cells, List<LabelMatch> labels, int firstLine, int lastLine) {

    boolean covers(int line) {
        return line >= firstLine && line <= lastLine;
    }
}
