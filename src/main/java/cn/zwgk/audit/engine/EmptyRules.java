package cn.zwgk.audit.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The benchmark's floor for the rules stage: the same machinery (a session per report, the facts inserted, fired,
 * disposed) over a rule base without a single rule. What the real rules cost beyond it is the rules' own work.
 */
public final class EmptyRules {

    private EmptyRules() {}

    /** {@code like}'s messages and format over an empty package that only declares the {@code emit} global. */
    public static RuleBase of(RuleBase like) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("cn.zwgk.audit", "empty-rules", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/cn/zwgk/audit/rules/empty.drl",
                "package cn.zwgk.audit.rules;\nglobal " + Emit.class.getName() + " emit;\n");
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        KieBase base = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return like.withKieBase(base);
    }
}
