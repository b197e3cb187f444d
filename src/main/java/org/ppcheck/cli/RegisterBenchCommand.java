package org.ppcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.PolicySource;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.extract.Extraction;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterBenchmark;
import org.ppcheck.rules.RulesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ppcheck bench register}: fills a fresh register with many vendors and versions and times
 * {@code vendors list} and {@code history NAME} as a user runs them (the register opened, queried
 * and printed; the JVM's start not included), then gives the register's size.
 */
@Command(name = "register", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure the register: fill a new one with VENDORS x VERSIONS, then time 'vendors list' and 'history NAME'.")
final class RegisterBenchCommand extends BaseCommand {
    @Option(names = "--vendors", paramLabel = "N", defaultValue = "5000", description = "vendors (default: ${DEFAULT-VALUE})")
    int vendors;

    @Option(names = "--versions", paramLabel = "N", defaultValue = "10", description = "versions of each vendor (default: ${DEFAULT-VALUE})")
    int versions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "7", description = "timed runs of each command (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "the register to fill: a new file or an empty PostgreSQL database "
            + "(default: a temporary file, deleted afterwards)")
    String db;

    @Option(names = "--policies", paramLabel = "DIR", defaultValue = "policies-corpus",
            description = "the real policies the versions cycle through (default: ${DEFAULT-VALUE})")
    Path policies;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws Exception {
        PrintWriter out = out();
        Path temp = db == null ? Files.createTempDirectory("ppcheck-bench") : null;
        String location = db == null ? temp.resolve("register.db").toString() : db;
        try {
            List<RegisterBenchmark.Sample> samples = samples(policies);
            long fillStart = System.nanoTime();
            try (Register reg = Register.open(location)) {
                RegisterBenchmark.fill(reg, vendors, versions, samples, "bench", Instant.parse("2026-01-01T00:00:00Z"), n -> { });
            }
            out.printf("filled: %d vendors x %d versions (versions cycle through %d policies) in %.1f s%n", vendors, versions, samples.size(),
                    (System.nanoTime() - fillStart) / 1e9);
            out.printf("vendors list:           %s%n", time("vendors", "list", "--db", location));
            out.printf("history \"Vendor 00042\": %s%n", time("history", "Vendor 00042", "--db", location));
            out.printf("register size: %s%n", size(location));
            out.flush();
            return ExitCode.OK;
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /** Deletes a benchmark's temporary folder with everything in it. */
    static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Up to ten real policies of a folder (HTML and Markdown), checked once with the default rules, for the versions to cycle through. */
    static List<RegisterBenchmark.Sample> samples(Path policies) throws Exception {
        Checker checker = new Checker(CheckSettings.defaults(new RulesChoice(RulesLoader.loadDefault().select(List.of()), "bench")));
        List<RegisterBenchmark.Sample> samples = new ArrayList<>();
        for (PolicySource s : PolicySource.expand(policies.toString())) {
            if (samples.size() < 10 && s.location().matches(".*\\.(html|md)$")) {
                Extraction.Extracted e = checker.load(s);
                samples.add(new RegisterBenchmark.Sample(e, checker.check(e)));
            }
        }
        if (samples.size() < 2) {
            throw new CliException(ExitCode.USAGE_ERROR, policies + ": needs at least two HTML or Markdown policies");
        }
        return samples;
    }

    /** The median and the slowest of the timed runs of a command, in this JVM after one untimed run. */
    private String time(String... args) throws CliException {
        List<Double> ms = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i <= rounds; i++) {
            StringWriter sink = new StringWriter();
            StringWriter err = new StringWriter();
            long t = System.nanoTime();
            int exit = Main.commandLine(new PrintWriter(sink), new PrintWriter(err), false).execute(args);
            double took = (System.nanoTime() - t) / 1e6;
            if (exit != 0) {
                throw new CliException(ExitCode.INTERNAL_ERROR, "bench register: '" + String.join(" ", args) + "' failed: " + err);
            }
            lines = (int) sink.toString().lines().count();
            if (i > 0) {
                ms.add(took);
            }
        }
        ms.sort(null);
        return String.format("median %.0f ms, slowest %.0f ms (%d runs, %d lines of output)", ms.get(ms.size() / 2), ms.get(ms.size() - 1),
                ms.size(), lines);
    }

    private static String size(String location) throws Exception {
        if (location.startsWith("jdbc:")) {
            try (var c = java.sql.DriverManager.getConnection(location); var s = c.createStatement();
                 var r = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
                r.next();
                return r.getString(1);
            }
        }
        long bytes = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = Path.of(location + suffix);
            bytes += Files.exists(p) ? Files.size(p) : 0;
        }
        return String.format("%.1f MB (SQLite file with its WAL)", bytes / 1e6);
    }
}
