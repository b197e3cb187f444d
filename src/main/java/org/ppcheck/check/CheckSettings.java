package org.ppcheck.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ppcheck.extract.Limits;
import org.ppcheck.fetch.FetchOptions;

/**
 * Everything a run of checks depends on, fixed for the run: the rules, the limits of reading a
 * policy, how URLs are fetched and where fetched documents are archived, the time one policy may
 * take, and how many policies are checked at once.
 *
 * @param rules      the rules and profiles applied
 * @param limits     the resource limits of reading one policy
 * @param fetch      timeouts, size cap, pacing and robots.txt manners of fetching
 * @param archive    where fetched documents are kept, content-addressed
 * @param render     whether pages that need JavaScript are rendered with headless Chromium
 * @param timeBudget the longest time spent on one policy; past it the work stops and the policy fails
 * @param jobs       policies checked at once
 */
public record CheckSettings(RulesChoice rules, Limits limits, FetchOptions fetch, Path archive, boolean render,
                            Duration timeBudget, int jobs) {
    /** The archive used when none is chosen. */
    public static final Path DEFAULT_ARCHIVE = Path.of(System.getProperty("user.home"), ".cache", "ppcheck", "archive");
    /** The time budget used when none is chosen. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(120);

    public CheckSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(archive, "archive");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** The defaults for these rules: default limits and fetching, the user's archive, one job per processor. */
    public static CheckSettings defaults(RulesChoice rules) {
        return new CheckSettings(rules, Limits.DEFAULT, FetchOptions.defaults(), DEFAULT_ARCHIVE, false, DEFAULT_TIME_BUDGET,
                Runtime.getRuntime().availableProcessors());
    }

    /** These settings with another archive. */
    public CheckSettings withArchive(Path dir) {
        return new CheckSettings(rules, limits, fetch, dir, render, timeBudget, jobs);
    }

    /** These settings with another number of jobs. */
    public CheckSettings withJobs(int n) {
        return new CheckSettings(rules, limits, fetch, archive, render, timeBudget, n);
    }
}
