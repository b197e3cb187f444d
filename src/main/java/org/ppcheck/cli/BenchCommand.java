package org.ppcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ppcheck.check.BatchRun;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.check.PolicySource;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.nlp.Baseline;
import org.ppcheck.rules.RulesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ppcheck bench}: the speed of the full check against the floor (parsing plus OpenNLP
 * sentence detection and tokenization of the same text), on one thread, after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, subcommands = {RegisterBenchCommand.class, ServeBenchCommand.class},
        description = "Measure the full check against the floor (parsing + OpenNLP sentences and tokens) on policy files.")
final class BenchCommand extends BaseCommand {
    @Option(names = "--rounds", defaultValue = "3", description = "measured passes over the inputs (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "unmeasured passes first, for the JIT (default: ${DEFAULT-VALUE})")
    int warmup;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "policy files or directories (default: policies-corpus)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "threads for the parallel measurement (default: the number of processors)")
    Integer jobs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "0",
            description = "also check N policies (the inputs over and over) in one parallel run, for peak memory (default: off)")
    int batch;

    private record Input(String name, byte[] bytes) { }

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws Exception {
        PrintWriter out = out();
        List<Input> inputs = load(paths.isEmpty() ? List.of(Path.of("policies-corpus")) : paths);
        if (inputs.isEmpty()) {
            throw new CliException(ExitCode.USAGE_ERROR, "bench: no readable policy files");
        }
        long bytes = inputs.stream().mapToLong(i -> i.bytes().length).sum();
        PolicyChecker checker = new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        for (int i = 0; i < warmup; i++) {
            floor(inputs);
            full(inputs, checker);
        }
        long floorNanos = 0;
        long fullNanos = 0;
        for (int i = 0; i < rounds; i++) {
            floorNanos += floor(inputs);
            fullNanos += full(inputs, checker);
        }
        double n = (double) inputs.size() * rounds;
        double mb = bytes * rounds / 1e6;
        out.printf("inputs: %d policies, %.2f MB, %d measured rounds on 1 thread%n", inputs.size(), bytes / 1e6, rounds);
        out.printf("floor (parse + OpenNLP sentences + tokens): %7.1f policies/s  %6.2f MB/s%n", n / seconds(floorNanos), mb / seconds(floorNanos));
        out.printf("full check:                                 %7.1f policies/s  %6.2f MB/s%n", n / seconds(fullNanos), mb / seconds(fullNanos));
        out.printf("ratio full/floor: %.2f (budget: 2.00)%n", (double) fullNanos / floorNanos);
        int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        if (threads > 1) {
            // one thread and N threads in turns, on the same pipeline, so that a noisy machine hits both alike
            List<Double> speedups = new ArrayList<>();
            long parallelNanos = 0;
            for (int i = 0; i < rounds; i++) {
                long one = parallel(inputs, checker, 1, inputs.size());
                long many = parallel(inputs, checker, threads, inputs.size());
                parallelNanos += many;
                speedups.add((double) one / many);
            }
            speedups.sort(null);
            out.printf("full check on %d threads:                  %7.1f policies/s  %6.2f MB/s  (%.2fx one thread, median of %d)%n", threads,
                    n / seconds(parallelNanos), mb / seconds(parallelNanos), speedups.get(speedups.size() / 2), rounds);
        }
        if (batch > 0) {
            long batchNanos = parallel(inputs, checker, threads, batch);
            out.printf("batch: %d policies on %d threads in %.1f s, %.1f policies/s, max heap %d MB%n", batch, threads, seconds(batchNanos),
                    batch / seconds(batchNanos), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        out.printf("peak heap: %d MB (max %d MB)%n", peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Double startup = startupSeconds(inputs.get(0).name());
        if (startup != null) {
            out.printf("start-up: one 'check' of %s, JVM included: %.2f s (median of 3; budget: 1.50)%n", inputs.get(0).name(), startup);
        }
        return ExitCode.OK;
    }

    private static long floor(List<Input> inputs) throws InputException {
        long start = System.nanoTime();
        long tokens = 0;
        for (Input in : inputs) {
            tokens += Baseline.sentencesAndTokens(Extraction.fromBytes(in.name(), in.bytes()).text());
        }
        if (tokens < 0) {
            throw new IllegalStateException("unreachable: keeps the work observable");
        }
        return System.nanoTime() - start;
    }

    private static long full(List<Input> inputs, PolicyChecker checker) throws InputException {
        long start = System.nanoTime();
        for (Input in : inputs) {
            checker.check(Extraction.fromBytes(in.name(), in.bytes()));
        }
        return System.nanoTime() - start;
    }

    /** The full check of {@code count} policies (the inputs over and over) on the batch runner that 'check' uses. */
    private static long parallel(List<Input> inputs, PolicyChecker checker, int threads, int count) {
        long start = System.nanoTime();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Input in = inputs.get(i % inputs.size());
            tasks.add(() -> checker.check(Extraction.fromBytes(in.name(), in.bytes())).findings().size());
        }
        new BatchRun<Integer>(threads, Duration.ofMinutes(10)).run(tasks, outcome -> {
            if (!outcome.succeeded()) {
                throw new IllegalStateException("a policy failed or took more than 10 minutes", outcome.failure());
            }
        });
        return System.nanoTime() - start;
    }

    /**
     * The median wall time of three fresh 'ppcheck check' processes on the file, started the way
     * bin/ppcheck starts them (with its class-data-sharing archive when there is one); null when
     * ppcheck does not run from its jar.
     */
    private static Double startupSeconds(String file) throws IOException, InterruptedException {
        Path jar;
        try {
            jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
        if (!jar.toString().endsWith(".jar")) {
            return null;
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseParallelGC",
                "-Xlog:cds*=off"));
        Path jsa = jar.resolveSibling("ppcheck.jsa");
        if (Files.exists(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            cmd.add("-XX:SharedArchiveFile=" + jsa);
        }
        cmd.addAll(List.of("-jar", jar.toString(), "check", file));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            times.add(seconds(System.nanoTime() - start));
        }
        times.sort(null);
        return times.get(1);
    }

    private List<Input> load(List<Path> args) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path arg : args) {
            for (PolicySource source : PolicySource.expand(arg.toString())) {
                Path file = Path.of(source.location());
                byte[] bytes = Files.readAllBytes(file);
                try {
                    Extraction.fromBytes(file.toString(), bytes);
                    inputs.add(new Input(file.toString(), bytes));
                } catch (InputException e) {
                    say(file + ": skipped: " + e.getMessage());
                }
            }
        }
        return inputs;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
