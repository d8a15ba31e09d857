package cn.zwgk.audit.engine;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.TypeDeclaration;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The session pools the rules fire in: the whole rule base's, and a leaner base's for reports that lack the kinds of
 * fact a batch's reports all lack. A rule whose conditions require a kind of fact (a pattern at the top of its
 * conditions, not under {@code not}/{@code exists}/{@code or} nor {@code from} a collection, its own or inherited by
 * {@code extends}) cannot fire on a report without one; yet Drools still stages every fact its other patterns join
 * in its memory (every cell, for the cross-year and copying rules, on each report without last year's). A base
 * without such rules costs a fifth less per report and finds the same: should a rule insert a fact of a kind the lean
 * base was made without, the run is redone on the whole base ({@link RuleRun#insertedLacking()}).
 *
 * <p>The lean base is made, on a thread of its own, once {@link #MAKE_AFTER} reports have been seen, for the kinds
 * each of them lacked; until it is there, and for a report that has one of those kinds, reports use the whole base.
 * A short run never makes one.
 */
final class Sessions {

    /** Reports seen before the lean base is made (making it costs ~0.2 s of CPU). */
    static final int MAKE_AFTER = 32;

    /** Which base and pool to fire in, and the kinds of fact the base was made without (none for the whole base). */
    record Choice(KieBase base, KieSessionsPool pool, Set<Class<?>> lacking) {}

    private final Choice wholeChoice;
    /** Fresh copies of the compiled base (from the cache: a base that has fired cannot be copied whole). */
    private final Supplier<KieBase> copies;
    /** Each rule with the kinds of fact it requires, own and inherited. */
    private final Map<RuleImpl, Set<Class<?>>> needs;
    /** The kinds some rule requires that only the caller inserts (the rules' declared types are made by rules). */
    private final Set<Class<?>> kinds;
    private final Map<Class<?>, Set<Class<?>>> kindsOf = new ConcurrentHashMap<>();
    /** The kinds every report seen so far lacked, until the lean base is asked for. */
    private Set<Class<?>> commonlyLacking;
    private final int makeAfter;
    private int seen;
    private volatile Choice lean;
    /** Bases without rules whose conditions threw, by those rules ({@link #without}). */
    private final Map<Set<String>, Choice> withoutRules = new ConcurrentHashMap<>();

    /** @param copies fresh copies of {@code whole}, or null: then there is no lean base */
    Sessions(KieBase whole, Supplier<KieBase> copies, int makeAfter) {
        this.copies = copies;
        this.makeAfter = makeAfter;
        this.wholeChoice = new Choice(whole, whole.newKieSessionsPool(1), Set.of());
        Map<RuleImpl, Set<Class<?>>> own = new LinkedHashMap<>();
        Set<Class<?>> declared = new HashSet<>();
        for (KiePackage p : whole.getKiePackages()) {
            for (Rule r : p.getRules()) own.put((RuleImpl) r, required((RuleImpl) r));
            if (p instanceof InternalKnowledgePackage ip) {
                for (TypeDeclaration t : ip.getTypeDeclarations().values()) {
                    // a package also describes the model classes it matches; only definitions are the rules' own
                    if (t.isDefinition()) declared.add(t.getTypeClass());
                }
            }
        }
        Map<RuleImpl, Set<Class<?>>> all = new LinkedHashMap<>();
        Set<Class<?>> required = new HashSet<>();
        for (RuleImpl r : own.keySet()) {
            Set<Class<?>> s = new HashSet<>();
            for (RuleImpl x = r; x != null; x = x.getParent()) s.addAll(own.getOrDefault(x, required(x)));
            all.put(r, Set.copyOf(s));
            required.addAll(s);
        }
        required.removeAll(declared);
        required.remove(null);
        this.needs = all;
        this.kinds = Set.copyOf(required);
    }

    /** The kinds of fact a rule's conditions require: its top-level patterns over the working memory. */
    private static Set<Class<?>> required(RuleImpl rule) {
        Set<Class<?>> s = new HashSet<>();
        GroupElement lhs = rule.getLhs();
        if (lhs == null || !lhs.isAnd()) return s;
        for (RuleConditionElement e : lhs.getChildren()) {
            if (e instanceof Pattern p && p.getSource() == null && p.getObjectType() instanceof ClassObjectType c) {
                s.add(c.getClassType());
            }
        }
        return s;
    }

    /** The pool for a report with these facts. */
    Choice choose(List<Object> facts) {
        if (kinds.isEmpty()) return wholeChoice;
        Set<Class<?>> present = new HashSet<>();
        Class<?> last = null;
        for (Object f : facts) {
            Class<?> c = f.getClass();
            if (c == last) continue;
            last = c;
            present.addAll(kindsOf.computeIfAbsent(c, this::kindsIn));
        }
        Choice made = lean;
        if (made != null) return Collections.disjoint(present, made.lacking()) ? made : wholeChoice;
        synchronized (this) {
            if (seen < makeAfter) {
                if (commonlyLacking == null) commonlyLacking = new HashSet<>(kinds);
                commonlyLacking.removeAll(present);
                if (++seen == makeAfter && copies != null && !commonlyLacking.isEmpty()) make(Set.copyOf(commonlyLacking));
            }
        }
        return wholeChoice;
    }

    /** The whole base: for a run a lean base could not answer. */
    Choice whole() {
        return wholeChoice;
    }

    /** The lean base once made (the whole base's choice if it could not be), else null. */
    Choice lean() {
        return lean;
    }

    /** The kinds of fact a rule requires, own and inherited (empty for an unknown rule). */
    Set<Class<?>> needs(String rule) {
        return needs.entrySet().stream().filter(e -> e.getKey().getName().equals(rule)).findFirst()
                .map(Map.Entry::getValue).orElse(Set.of());
    }

    private Set<Class<?>> kindsIn(Class<?> c) {
        Set<Class<?>> s = new HashSet<>();
        for (Class<?> k : kinds) if (k.isAssignableFrom(c)) s.add(k);
        return Set.copyOf(s);
    }

    private void make(Set<Class<?>> lacking) {
        Thread t = new Thread(() -> {
            try {
                KieBase base = leanBase(lacking);
                lean = new Choice(base, base.newKieSessionsPool(1), lacking);
            } catch (Exception | LinkageError e) {
                // Drools could not copy or prune the base: the reports stay on the whole base, as before
                lean = wholeChoice;
            }
        }, "rules-lean");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The whole base without these rules, and without the rules that extend them (they share the conditions): for
     * reports on which a rule's conditions threw. Made once per set of rules; null when there is no copy to make it
     * from.
     */
    Choice without(Set<String> rules) {
        if (copies == null) return null;
        return withoutRules.computeIfAbsent(Set.copyOf(rules), r -> {
            try {
                KieBase base = prune(e -> r.contains(e.getKey().getName()) || extendsAny(e.getKey(), r));
                return new Choice(base, base.newKieSessionsPool(1), Set.of());
            } catch (Exception | LinkageError e) {
                return null;
            }
        });
    }

    private static boolean extendsAny(RuleImpl rule, Set<String> names) {
        for (RuleImpl x = rule.getParent(); x != null; x = x.getParent()) if (names.contains(x.getName())) return true;
        return false;
    }

    /** A fresh copy of the whole base without the rules that require a kind in {@code lacking}. */
    private KieBase leanBase(Set<Class<?>> lacking) {
        return prune(e -> e.getValue().stream().anyMatch(lacking::contains));
    }

    /** A fresh copy of the whole base without the rules {@code gone} picks (each with what it requires). */
    private KieBase prune(Predicate<Map.Entry<RuleImpl, Set<Class<?>>>> gone) {
        KieBase copy = copies.get();
        if (copy == null) throw new IllegalStateException("no copy of the rule base");
        Map<String, RuleImpl> byName = new HashMap<>();
        for (KiePackage p : copy.getKiePackages()) {
            for (Rule r : p.getRules()) byName.put(p.getName() + "\n" + r.getName(), (RuleImpl) r);
        }
        // a rule read back forgets the rules that extend it; Drools removes a parent only after its children
        for (RuleImpl r : byName.values()) {
            RuleImpl parent = r.getParent();
            if (parent != null && (parent.getChildren() == null || !parent.getChildren().contains(r))) parent.addChild(r);
        }
        List<RuleImpl> removed = new ArrayList<>();
        for (var e : needs.entrySet()) {
            if (gone.test(e)) {
                RuleImpl r = byName.get(e.getKey().getPackageName() + "\n" + e.getKey().getName());
                if (r != null) removed.add(r);
            }
        }
        removed.sort(Comparator.comparingInt(Sessions::depth).reversed());
        for (RuleImpl r : removed) copy.removeRule(r.getPackageName(), r.getName());
        return copy;
    }

    private static int depth(RuleImpl r) {
        int d = 0;
        for (RuleImpl x = r; x != null; x = x.getParent()) d++;
        return d;
    }
}
