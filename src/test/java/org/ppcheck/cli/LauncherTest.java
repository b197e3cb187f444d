package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The few scenarios that start ppcheck in its own JVM, as a user does, to prove that bin/ppcheck
 * and the shaded jar run the same entry point the in-process CLI tests use: exit codes, UTF-8
 * output whatever the locale, stdout for reports and stderr for messages, and a progress bar only
 * on a terminal.
 */
@Execution(ExecutionMode.CONCURRENT) // each test waits on processes of its own; they run side by side
class LauncherTest {
    private static final Path JAR = Path.of("target", "ppcheck.jar");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) { }

    /** A started command whose stdout and stderr go to files, for {@link #finish}. */
    private record Started(Process process, Path out, Path err) { }

    private Started launch(String name, List<String> command) throws IOException {
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("LC_ALL", "C"); // a locale whose charset cannot write "·": ppcheck must write UTF-8 anyway
        return new Started(pb.start(), out, err);
    }

    private static Run finish(Started s) throws IOException, InterruptedException {
        assertThat(s.process().waitFor(3, TimeUnit.MINUTES)).as("ppcheck finished").isTrue();
        return new Run(s.process().exitValue(), Files.readString(s.out(), StandardCharsets.UTF_8), Files.readString(s.err(), StandardCharsets.UTF_8));
    }

    /**
     * The progress bar looks at stderr itself: with a terminal on stdin and stdout but stderr sent
     * to a file there is none, and with stderr on a terminal there is one. {@code script} (util-linux)
     * gives the command a pseudo-terminal.
     */
    @Test
    void theProgressBarIsDrawnOnlyWhenStderrIsATerminal() throws Exception {
        Path script = Path.of("/usr/bin/script");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "util-linux 'script' is not installed");
        Path policies = Files.createDirectories(tmp.resolve("policies"));
        Files.copy(Path.of("policies-corpus", "tiny-vague.txt"), policies.resolve("tiny-vague.txt"));
        Path errFile = tmp.resolve("stderr.txt");
        Path typescript = tmp.resolve("typescript");
        // both at once: they share nothing but the policies they read
        Started redirected = launch("redirected", List.of(script.toString(), "-qec", "java -jar " + JAR + " compare --out "
                + tmp.resolve("a") + " " + policies + " 2>" + errFile, "/dev/null"));
        Started onTerminal = launch("terminal", List.of(script.toString(), "-qec", "java -jar " + JAR + " compare --out "
                + tmp.resolve("b") + " " + policies + " >/dev/null", typescript.toString()));
        assertThat(finish(redirected).exit()).isZero();
        assertThat(Files.readString(errFile)).contains("ppcheck: 1 vendors").doesNotContain("Checking");
        assertThat(finish(onTerminal).exit()).isZero();
        assertThat(Files.readString(typescript)).contains("Checking 100%");
    }

    @Test
    void theLauncherWritesReportsToStdoutInUtf8AndABadInputAsOneLineOnStderr() throws Exception {
        Path missing = tmp.resolve("missing.txt");
        Run run = finish(launch("launcher", List.of("bin/ppcheck", "check", "policies-corpus/tiny-vague.txt", missing.toString())));
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE_ERROR.code());
        assertThat(run.out()).startsWith("ppcheck ").contains(" · policies-corpus/tiny-vague.txt");
        assertThat(run.err().lines().toList()).containsExactly("ppcheck: " + missing + ": no such file; check the path");
    }
}
