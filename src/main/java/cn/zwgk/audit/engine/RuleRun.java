package cn.zwgk.audit.engine;

import cn.zwgk.audit.limits.Failures;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.RuleFailure;
import org.drools.mvel.ConstraintEvaluationException;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One firing of the rules over one report's facts, in a thread of its own under the report's {@link RuleBudget}: a
 * rule that throws, loops or never returns is named, so that the report can be audited again without it. The thread
 * is its own so that a consequence stuck in a busy loop (which Drools' halt cannot reach) can be stopped without
 * touching the batch's worker.
 *
 * @param findings what the rules emitted (complete when {@code failure} is null)
 * @param failure  the rule that failed and why, or null; a failure with a null rule could not be pinned on one rule
 * @param emitting the rules that made a finding (for the rule tests' coverage)
 * @param insertedLacking a rule inserted a fact of a kind the lean base fired in was made without: the findings may
 *                        be short, the report must be audited on the whole base
 * @param inCondition the failure was in the rule's conditions, not its consequence: Drools evaluates conditions as
 *                    facts are inserted, so the rule must be taken out of the base, not merely kept from firing
 */
record RuleRun(List<Finding> findings, RuleFailure failure, Set<String> emitting, boolean insertedLacking,
               boolean inCondition) {

    RuleRun(List<Finding> findings, RuleFailure failure, Set<String> emitting, boolean insertedLacking) {
        this(findings, failure, emitting, insertedLacking, false);
    }

    /** Drools names the rule whose condition threw in its message: "… 'a.b() > 1' in [Rule "名" in x.drl, …]". */
    private static final Pattern CONDITION = Pattern.compile(
            "^Error evaluating constraint '(.*)' in \\[Rule \"([^\"]+)\" in ", Pattern.DOTALL);

    /**
     * The threads rules fire on, kept for the next report (a thread a report cost ~0.1 ms and a 4 MB stack mapping);
     * idle ones end after a minute, so a watch that sleeps holds none.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rules");
        t.setDaemon(true);
        return t;
    });

    /** How long a halted session may take to notice before its thread is stopped. */
    private static final long HALT_GRACE_MILLIS = 1_000;

    static RuleRun fire(Sessions.Choice sessions, Emit emit, List<Object> facts, List<RuleFailure> failures,
                        Set<String> left, RuleBudget budget) {
        KieSession session = sessions.pool().newKieSession();
        Watch watch = new Watch(emit, sessions.lacking());
        int[] fired = {-1};
        Throwable[] error = {null};
        Thread[] runner = {null};
        Future<?> done = THREADS.submit(() -> {
            runner[0] = Thread.currentThread();
            try {
                session.setGlobal("emit", emit);
                for (Object fact : facts) session.insert(fact);
                for (RuleFailure f : failures) session.insert(f);
                // watched from here: the rules' own inserts, not the report's thousand facts
                session.addEventListener((AgendaEventListener) watch);
                session.addEventListener((RuleRuntimeEventListener) watch);
                fired[0] = session.fireAllRules(m -> !left.contains(m.getRule().getName()), budget.firings());
            } catch (Throwable e) {
                // a rule's exception, its OutOfMemoryError or StackOverflowError, or the stop of a runaway consequence
                error[0] = e;
            }
        });
        boolean timedOut = !await(done, budget.millis());
        String running = watch.current;
        if (timedOut) {
            session.halt();
            if (!await(done, HALT_GRACE_MILLIS)) stop(runner[0], done);
        }
        if (done.isDone()) {
            session.removeEventListener((AgendaEventListener) watch);
            session.removeEventListener((RuleRuntimeEventListener) watch);
            // a clean session goes back to the pool (reset); one that failed part-way is not trusted again
            if (timedOut || error[0] != null) session.destroy();
            else session.dispose();
        }
        List<Finding> findings = List.copyOf(emit.findings());
        Set<String> emitting = Set.copyOf(watch.emitting);
        if (watch.insertedLacking) return new RuleRun(findings, null, emitting, true);
        if (timedOut) {
            return new RuleRun(findings, new RuleFailure(watch.culprit(running),
                    "在此报告上执行超过 " + seconds(budget.millis()) + " 秒仍未结束（可能陷入死循环），已中止"), emitting, false);
        }
        if (error[0] != null) {
            if (watch.current == null) {
                for (Throwable t = error[0]; t != null && t.getCause() != t; t = t.getCause()) {
                    if (!(t instanceof ConstraintEvaluationException)) continue;
                    Matcher m = CONDITION.matcher(String.valueOf(t.getMessage()));
                    if (m.find()) {
                        return new RuleRun(findings, new RuleFailure(m.group(2), "条件“" + m.group(1) + "”执行时出错："
                                + Failures.describe(error[0])), emitting, false, true);
                    }
                }
            }
            return new RuleRun(findings, new RuleFailure(watch.current, "执行时出错：" + Failures.describe(error[0])),
                    emitting, false);
        }
        if (fired[0] >= budget.firings()) {
            return new RuleRun(findings, new RuleFailure(watch.culprit(null), String.format(
                    "在此报告上触发超过 %,d 次仍未停止（规则可能在循环，例如 update 后再次匹配自己而没有 no-loop），已中止",
                    budget.firings())), emitting, false);
        }
        return new RuleRun(findings, null, emitting, false);
    }

    /** Whether the firing ended within {@code millis}. */
    private static boolean await(Future<?> done, long millis) {
        try {
            done.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the task catches everything itself
        }
        return done.isDone();
    }

    /**
     * The only way to end a consequence that never returns. Safe here: the thread touches nothing but its own session
     * and Emit, both thrown away. On a JVM without Thread.stop the daemon thread is left behind, the batch goes on.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t, Future<?> done) {
        try {
            t.stop();
        } catch (UnsupportedOperationException e) {
            return;
        }
        await(done, HALT_GRACE_MILLIS);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format("%.1f", millis / 1000.0);
    }

    /**
     * Which rule is firing now, how often each has fired, and how many facts each has updated or deleted: an
     * {@code update} loop re-fires every rule on the updated fact (and a rule that inserts helper facts inserts them
     * again each time), but only the looping rule updates a fact every time.
     */
    private static final class Watch extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        /** Updates by one rule on one report beyond which it is taken for a loop (the shipped rules make none). */
        private static final int LOOPING = 20;

        private final Emit emit;
        private final Set<Class<?>> lacking;
        volatile String current;
        volatile boolean insertedLacking;
        private int before;
        final Set<String> emitting = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> fired = new ConcurrentHashMap<>();

        Watch(Emit emit, Set<Class<?>> lacking) {
            this.emit = emit;
            this.lacking = lacking;
        }
        final Map<String, Integer> changes = new ConcurrentHashMap<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule().getName();
            before = emit.findings().size();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            if (emit.findings().size() > before) emitting.add(event.getMatch().getRule().getName());
            current = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            // inserting is how rules set up helper facts; it is no sign of a loop. A fact of a kind the lean base left
            // out the rules for, though, could have made one of those rules fire.
            for (Class<?> k : lacking) {
                if (k.isInstance(event.getObject())) insertedLacking = true;
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            changed(event.getRule());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            changed(event.getRule());
        }

        private void changed(Rule rule) {
            if (rule != null) changes.merge(rule.getName(), 1, Integer::sum);
        }

        /** The rule to blame: one that keeps updating facts, else {@code running}, else the one that fired most. */
        String culprit(String running) {
            var looping = changes.entrySet().stream().max(Map.Entry.comparingByValue());
            if (looping.isPresent() && looping.get().getValue() >= LOOPING) return looping.get().getKey();
            if (running != null) return running;
            return fired.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }
}
