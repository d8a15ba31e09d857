package cn.zwgk.audit;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.PrintWriter;

import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * The whole JUnit suite run from a main, in the current directory: {@code OfficeEditsTest} starts it in a JVM of its
 * own inside a copy of the project whose rules/ the office has edited. Leaves out the test that starts it. With an
 * argument, runs that one test class.
 */
public final class SuiteMain {

    private SuiteMain() {}

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(args.length > 0 ? org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(args[0])
                        : selectPackage("cn.zwgk.audit"))
                .filters(excludeClassNamePatterns(".*OfficeEditsTest"))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary s = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        s.printFailuresTo(out, 8);
        s.getFailures().forEach(f -> out.println("FAILED " + f.getTestIdentifier().getLegacyReportingName() + " in "
                + f.getTestIdentifier().getUniqueId().replaceAll(".*class:([^\\]]*)].*", "$1")));
        out.printf("tests %d, succeeded %d, failed %d, aborted %d%n", s.getTestsFoundCount(), s.getTestsSucceededCount(),
                s.getTotalFailureCount(), s.getTestsAbortedCount());
        out.flush();
        System.exit(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
