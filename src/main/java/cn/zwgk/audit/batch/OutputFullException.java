package cn.zwgk.audit.batch;

import cn.zwgk.audit.render.BatchSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The output disk filled up during a batch: the run stopped auditing, every file written is whole, and this says which
 * reports have their results and which have not. Rerunning the same command after freeing space completes the batch.
 */
public final class OutputFullException extends IOException {

    private final transient BatchSummary summary;
    private final boolean summaryWritten;

    OutputFullException(Path outDir, BatchSummary summary, boolean summaryWritten) {
        super("输出目录所在磁盘已满：" + outDir);
        this.summary = summary;
        this.summaryWritten = summaryWritten;
    }

    /** Reports whose results were written whole. */
    public List<BatchSummary.Entry> written() {
        return summary.reports().stream().filter(e -> e.problem() == null).toList();
    }

    /** Reports without (complete) results. */
    public List<BatchSummary.Entry> notWritten() {
        return summary.reports().stream().filter(e -> e.problem() != null).toList();
    }

    public boolean summaryWritten() {
        return summaryWritten;
    }
}
