package org.ppcheck.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.fetch.FetchOptions;
import picocli.CommandLine.Option;

/** The options of commands that take URLs. */
final class FetchOptionsMixin {
    @Option(names = "--archive", paramLabel = "DIR",
            description = "keep every fetched document here, content-addressed (default: ~/.cache/ppcheck/archive)")
    Path archive;

    @Option(names = "--ignore-robots", description = "fetch even what robots.txt disallows for ppcheck")
    boolean ignoreRobots;

    @Option(names = "--render", description = "render pages that need JavaScript with headless Chromium (if installed)")
    boolean render;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest wait for one response (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "longest time Chromium may take to render one page with --render; then its processes are killed "
                    + "(default: ${DEFAULT-VALUE})")
    int renderTimeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "largest document accepted (default: ${DEFAULT-VALUE} MB)")
    int maxSizeMb;

    @Option(names = "--rate-limit", paramLabel = "MS", defaultValue = "1000",
            description = "least time between two requests to one host (default: ${DEFAULT-VALUE} ms)")
    int rateLimitMs;

    Path archiveDir() {
        return archive != null ? archive : CheckSettings.DEFAULT_ARCHIVE;
    }

    FetchOptions options() {
        return FetchOptions.defaults().withReadTimeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
                .withMaxBytes((long) Math.max(1, maxSizeMb) * 1024 * 1024).withIgnoreRobots(ignoreRobots)
                .withPacing(Duration.ofSeconds(1), Duration.ofMillis(Math.max(0, rateLimitMs)))
                .withRenderTimeout(Duration.ofSeconds(Math.max(1, renderTimeoutSeconds)));
    }
}
