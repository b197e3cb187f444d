package org.ppcheck.cli;

import java.time.Duration;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.RulesChoice;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of commands that check policies: rules, fetching, limits, jobs and the time budget, as one set of settings. */
final class RunMixin {
    @Mixin
    RulesMixin rules;

    @Mixin
    FetchOptionsMixin fetch;

    @Mixin
    LimitsMixin limits;

    @Option(names = "--jobs", paramLabel = "N", description = "policies checked at once (default: the number of processors)")
    Integer jobs;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "120",
            description = "longest time spent on one policy before it is stopped and reported as failed; decimals allowed, "
                    + "at least 0.1 (default: ${DEFAULT-VALUE})")
    double timeBudgetSeconds;

    /** The settings of the run these options describe. */
    CheckSettings settings() throws CliException {
        RulesChoice chosen = rules.choose();
        int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        return new CheckSettings(chosen, limits.limits(), fetch.options(), fetch.archiveDir(), fetch.render,
                Duration.ofMillis(Math.round(Math.max(0.1, timeBudgetSeconds) * 1000)), threads);
    }
}
