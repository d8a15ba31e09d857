package cn.zwgk.audit.parse;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.read.SourceDocument;

import java.nio.file.Path;

/** Turns the lines of a document into a {@link Report}: header, sections, tables, narrative claims. */
public final class ReportParser {

    /** Loads the office-editable parsing configuration (section variants, labels, claim patterns) from {@code rules/}. */
    public static ReportParser fromRules(Path rulesDir) throws ConfigException {
        throw new UnsupportedOperationException("parser not built yet (issue 2)");
    }

    public Report parse(SourceDocument doc) {
        throw new UnsupportedOperationException("parser not built yet (issue 2)");
    }
}
