package cn.zwgk.audit.read;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.pipeline.Auditor;

import java.nio.file.Path;

/** One auditor over the project's rules for all reading tests: compiling the rules takes seconds. */
final class SharedAuditor {

    private static Auditor auditor;

    private SharedAuditor() {}

    static synchronized Auditor get() throws ConfigException {
        if (auditor == null) auditor = Auditor.fromRules(Path.of("rules"));
        return auditor;
    }
}
