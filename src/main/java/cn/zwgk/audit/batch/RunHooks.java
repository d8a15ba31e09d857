package cn.zwgk.audit.batch;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.FindingsSpill;
import cn.zwgk.audit.render.LetterContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What orchestration around a batch (a campaign) decides: the output names, what each letter knows beyond its
 * audit, and what the batch's overview outputs are made from. {@link #NONE} is a plain batch.
 */
public interface RunHooks {

    /** The output base name of each input. */
    default Map<Path, String> names(List<Path> files) {
        return OutputNames.assign(files);
    }

    /**
     * Called in a worker for each audit before its outputs are written: may replace the audit (e.g. without
     * findings the office accepted) and gives the letter's context.
     */
    default Prepared prepare(Path file, String name, Audit audit) throws IOException {
        return new Prepared(audit, LetterContext.plain(audit.report()));
    }

    /**
     * What the per-batch outputs show, from this run's summary; entries it adds keep their findings in {@code spill}
     * (a batch's memory must not grow with its findings).
     */
    default BatchSummary overview(BatchSummary run, FindingsSpill spill) throws IOException {
        return run;
    }

    /** An audit ready for its outputs. */
    record Prepared(Audit audit, LetterContext context) {}

    RunHooks NONE = new RunHooks() {};
}
