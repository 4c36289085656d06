import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the named test methods ({@code CLASS#METHOD} each) and fails unless every one of them ran
 * and passed. .ci/nonroot-tests runs it as an unprivileged user: these tests check what a user who
 * may not read or write a file is told, and skip as root, who may.
 */
public final class NonRootTests {

    public static void main(String[] args) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (String method : args) {
            request.selectors(selectMethod(method));
        }
        List<String> notPassed = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        TestExecutionListener tally = new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                notPassed.add(test.getDisplayName() + ": skipped (" + reason + ")");
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.isTest()) {
                    return;
                }
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    passed.add(test.getDisplayName());
                } else {
                    notPassed.add(test.getDisplayName() + ": " + result.getStatus()
                            + result.getThrowable().map(t -> " (" + t + ")").orElse(""));
                }
            }
        };
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request.build(), tally, summary);
        summary.getSummary().printFailuresTo(new PrintWriter(System.err, true), 20);
        passed.forEach(name -> System.out.println("passed: " + name));
        notPassed.forEach(name -> System.out.println("NOT PASSED: " + name));
        if (!notPassed.isEmpty() || passed.size() != args.length) {
            System.out.println(passed.size() + " of " + args.length + " tests passed as " + System.getProperty("user.name"));
            System.exit(1);
        }
        System.out.println("all " + args.length + " tests passed as " + System.getProperty("user.name"));
    }
}
