package org.ppcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs ppcheck in this JVM through the same entry point as the launcher ({@link Main#run}), with
 * stdout and stderr captured, as a user would see them; {@code LauncherTest} proves the jar and
 * bin/ppcheck start it the same way.
 */
final class Cli {
    private Cli() {
    }

    record Run(int exit, String out, String err) { }

    static Run ppcheck(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exit = Main.run(args, o, e, false);
        }
        return new Run(exit, out.toString(), err.toString());
    }

    /** The names of the live threads a batch run starts (none should outlive the run). */
    static Set<String> batchThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("ppcheck-")).collect(Collectors.toSet());
    }
}
