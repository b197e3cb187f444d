package org.ppcheck.cli;

import java.util.List;
import org.ppcheck.report.Report;
import org.ppcheck.rules.Severity;

/**
 * The {@code --fail-on} gate of check and compare: the failed findings of a report at or above the
 * severity, each said as one line for stderr, so that a CI log shows which policy and rule stopped the build.
 */
final class FailOnGate {
    private FailOnGate() {
    }

    /**
     * One line per failed finding at or above {@code failOn}, most severe first, none when the gate
     * is off (null): "Lotus Chat: failed high-severity rule high-risk-location (No personal data in
     * high-risk jurisdictions)".
     */
    static List<String> tripped(String name, Report report, Severity failOn) {
        if (failOn == null) {
            return List.of();
        }
        return report.failed().stream().filter(f -> Severity.parse(f.severity()).compareTo(failOn) >= 0)
                .map(f -> name + ": failed " + f.severity() + "-severity rule " + f.rule() + " (" + f.title() + ")").toList();
    }
}
