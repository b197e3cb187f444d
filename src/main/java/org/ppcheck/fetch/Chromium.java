package org.ppcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ppcheck.fetch.FetchException.Kind;

/**
 * Headless Chromium for pages that need JavaScript ({@code --render}): where the binary is, and the
 * DOM of a page after its scripts ran. A render never outlives its deadline: at the deadline, or
 * once the DOM passes the size limit, Chromium and every process it started are killed. Its
 * profile, home and temporary folders all live in one {@code ppcheck-chromium*} folder, removed in
 * every case. Chromium keeps its sandbox unless ppcheck runs as root, where it cannot start one.
 * Every request it makes goes through a {@link RenderProxy}, which applies ppcheck's address check.
 */
public final class Chromium {
    /** How long killed processes get to disappear before ppcheck moves on. */
    private static final Duration REAP = Duration.ofSeconds(5);
    /** How much of Chromium's own log is read for the reason of a failure. */
    private static final int LOG_TAIL = 16 * 1024;

    private Chromium() {
    }

    /** The binary: the PPCHECK_CHROMIUM variable, then the usual names on the PATH; null when none is installed. */
    public static Path find() {
        String override = System.getenv("PPCHECK_CHROMIUM");
        if (override != null && Files.isExecutable(Path.of(override))) {
            return Path.of(override);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The DOM of {@code url} after its scripts ran, within the render deadline and the size limit of
     * {@code options}; what the page loads must pass {@code guard}.
     */
    static byte[] render(Path binary, URI url, FetchOptions options, AddressGuard guard) throws FetchException {
        Duration deadline = options.renderTimeout();
        Path folder;
        try {
            folder = Files.createTempDirectory("ppcheck-chromium");
        } catch (IOException e) {
            throw new FetchException(Kind.FAILED, "cannot make a folder for Chromium to render " + url + " (" + e.getMessage() + ")", e);
        }
        Process process = null;
        try (RenderProxy proxy = new RenderProxy(guard, options.connectTimeout())) {
            ProcessBuilder builder = new ProcessBuilder(command(binary, url, folder, proxy.address(), runningAsRoot()))
                    .redirectError(folder.resolve("chromium.log").toFile());
            // Chromium's helpers write to HOME and TMPDIR (crash reports, sockets): keep all of it in the folder that is removed
            Map<String, String> env = builder.environment();
            env.put("HOME", Files.createDirectory(folder.resolve("home")).toString());
            env.put("TMPDIR", Files.createDirectory(folder.resolve("tmp")).toString());
            env.keySet().removeAll(List.of("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"));
            process = builder.start();
            return dom(process, url, deadline, options.maxBytes(), folder);
        } catch (IOException e) {
            throw new FetchException(Kind.FAILED, "Chromium could not render " + url + " (" + e.getMessage() + ")", e);
        } finally {
            if (process != null) {
                stop(process, folder);
            }
            delete(folder);
        }
    }

    /**
     * The command line: every request through {@code proxy}, loopback ones too ({@code <-loopback>}),
     * and no WebRTC traffic around it; {@code --no-sandbox} only as root, where Chromium refuses to
     * start with its sandbox.
     */
    static List<String> command(Path binary, URI url, Path folder, String proxy, boolean root) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-crash-reporter", "--disable-breakpad", "--user-data-dir=" + folder.resolve("profile"),
                "--proxy-server=" + proxy, "--proxy-bypass-list=<-loopback>", "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                "--virtual-time-budget=5000"));
        if (root) {
            command.add("--no-sandbox");
        }
        command.add("--dump-dom");
        command.add(url.toString());
        return command;
    }

    /** Whether this process runs as root (uid 0); false where there are no uids (Windows) or they cannot be read. */
    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return false; // keeping the sandbox is the safe side: Chromium then says itself if it cannot start
        }
    }

    private static byte[] dom(Process process, URI url, Duration deadline, long maxBytes, Path folder) throws FetchException {
        long end = System.nanoTime() + deadline.toNanos();
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        FutureTask<byte[]> reading = new FutureTask<>(() -> {
            try (InputStream in = process.getInputStream()) {
                return in.readNBytes(cap);
            }
        });
        Thread reader = new Thread(reading, "ppcheck-chromium-dom");
        reader.setDaemon(true);
        reader.start();
        try {
            byte[] dom = reading.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            if (dom.length > maxBytes) {
                throw new FetchException(Kind.FAILED, "the page " + url + " as Chromium rendered it is larger than the "
                        + maxBytes / (1024 * 1024) + " MB limit (see --max-size)");
            }
            if (!process.waitFor(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw timeout(url, deadline);
            }
            if (process.exitValue() != 0 || dom.length == 0) {
                throw new FetchException(Kind.FAILED, "Chromium could not render " + url + " (exit code " + process.exitValue()
                        + sandboxComplaint(folder) + ")");
            }
            return dom;
        } catch (TimeoutException e) {
            throw timeout(url, deadline);
        } catch (ExecutionException e) {
            throw new FetchException(Kind.FAILED, "reading the page Chromium rendered from " + url + " failed (" + e.getCause().getMessage() + ")",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.FAILED, "interrupted while rendering " + url, e);
        }
    }

    private static FetchException timeout(URI url, Duration deadline) {
        return new FetchException(Kind.FAILED, "Chromium did not finish rendering " + url + " within " + deadline.toSeconds()
                + " s (timeout: its scripts may never end); Chromium was stopped");
    }

    /** Chromium's own words when it could not start its sandbox, for the message; empty otherwise. */
    private static String sandboxComplaint(Path folder) {
        Path log = folder.resolve("chromium.log");
        try {
            long size = Files.size(log);
            byte[] tail;
            try (InputStream in = Files.newInputStream(log)) {
                in.skipNBytes(Math.max(0, size - LOG_TAIL));
                tail = in.readAllBytes();
            }
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (lines[i].toLowerCase(java.util.Locale.ROOT).contains("sandbox")) {
                    return "; it could not start its sandbox: " + lines[i].strip() + "; run ppcheck where Chromium can sandbox "
                            + "(unprivileged user namespaces allowed)";
                }
            }
        } catch (IOException e) {
            // no log: the exit code is all there is
        }
        return "";
    }

    /**
     * Kills Chromium's whole process tree: the descendants first, while they can still be found from
     * the root (a killed parent's children leave the tree), again for any the root started
     * meanwhile, then the root, then any helper that left the tree on its own but names the folder
     * on its command line (Chromium's crash reporter does). Returns once all of them are gone.
     */
    static void stop(Process process, Path folder) {
        ProcessHandle root = process.toHandle();
        Set<ProcessHandle> killed = new LinkedHashSet<>();
        for (int round = 0; round < 10; round++) {
            List<ProcessHandle> fresh = root.descendants().filter(p -> !killed.contains(p)).toList();
            if (fresh.isEmpty()) {
                break;
            }
            fresh.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(fresh);
        }
        root.destroyForcibly();
        killed.add(root);
        String name = folder.toString();
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(name)).orElse(false))
                .forEach(p -> {
                    p.destroyForcibly();
                    killed.add(p);
                });
        awaitGone(killed);
    }

    /** Waits, for a few seconds at most, until each process has exited or is a zombie (dead, its command line gone). */
    private static void awaitGone(Set<ProcessHandle> processes) {
        long end = System.nanoTime() + REAP.toNanos();
        while (System.nanoTime() < end && processes.stream().anyMatch(p -> p.isAlive() && p.info().commandLine().isPresent())) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a folder in the temporary directory that could not be removed is all that is left
        }
    }
}
