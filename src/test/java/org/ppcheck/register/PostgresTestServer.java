package org.ppcheck.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests ({@link TestDatabases} starts one per test JVM). Its binaries come from the
 * {@code io.zonky.test} artifacts (through Maven, nothing is downloaded here); they are unpacked into a
 * temporary directory of this server's own, which also holds the data directory, and the server listens
 * on a free loopback port only. PostgreSQL refuses to run as root, so when the JVM is root the server
 * runs as {@code nobody} (through util-linux's {@code setpriv}).
 *
 * <p>A small shell stays between the JVM and the server: it waits for end of file on the pipe from the
 * JVM, which comes when the JVM stops the server or ends in any way (even killed), then stops the server
 * and removes its directory. So no server and no directory outlive the tests.
 */
final class PostgresTestServer {
    private static final long STARTUP_TIMEOUT_MS = 30_000;
    /** Another JVM may take the chosen port before the server binds it; a new start picks another port. */
    private static final int ATTEMPTS = 3;
    private static final String SUPERUSER = "postgres";

    /**
     * Starts the server in the background ("$@" is setpriv's options when the JVM is root), stops it on end
     * of file on stdin, then removes its directory. The server alone holds the pipe to the JVM (as stderr,
     * where it logs), so the JVM sees end of file there when the server has ended.
     */
    private static final String WATCHDOG = """
            dir=$1; port=$2; name=$3; shift 3
            exec 3>&1 >/dev/null 2>&1
            "$@" "$dir/pg/bin/postgres" -D "$dir/data" -p "$port" -c listen_addresses=127.0.0.1 \
              -c unix_socket_directories= -c cluster_name="$name" \
              -c fsync=off -c synchronous_commit=off -c full_page_writes=off </dev/null 2>&3 3>&- &
            server=$!
            exec 3>&-
            cat
            kill -INT "$server"
            wait "$server"
            rm -rf "$dir"
            """;

    private final Process watchdog;
    private final int port;

    private PostgresTestServer(Process watchdog, int port) {
        this.watchdog = watchdog;
        this.port = port;
    }

    /**
     * Starts a server, to be stopped by {@link #stop()} (or by the end of the JVM).
     *
     * @throws IOException with the reason (and the server's last words) when it cannot run here
     */
    static PostgresTestServer start() throws IOException {
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            throw new IOException("the test server needs a Unix shell, and this is Windows");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce();
            } catch (PortTaken e) {
                if (attempt == ATTEMPTS) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
    }

    /** The JDBC URL of a database on this server, as its superuser (no password: the server trusts loopback). */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** Stops the server and removes its directory; waits a few seconds for that, at most. */
    void stop() {
        try {
            watchdog.getOutputStream().close();
            watchdog.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the pipe is closed already, which is all the watchdog waits for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the watchdog goes on stopping the server
        }
    }

    private static PostgresTestServer startOnce() throws IOException {
        Path dir = Files.createTempDirectory("ppcheck-postgres-");
        String name = "ppcheck-test-" + UUID.randomUUID();
        Process watchdog;
        int port;
        try {
            List<String> asUser = prepare(dir);
            port = freePort(); // as late as can be: until the server binds it, another process may take it
            List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "sh", dir.toString(),
                    Integer.toString(port), name));
            command.addAll(asUser);
            watchdog = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(dir);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
        PostgresTestServer server = new PostgresTestServer(watchdog, port);
        try {
            server.awaitReady(name, new ServerLog(watchdog.getInputStream()));
            return server;
        } catch (IOException | RuntimeException e) {
            server.stop(); // the watchdog removes the directory
            throw e;
        }
    }

    /**
     * Unpacks the binaries and makes the data directory in {@code dir}.
     *
     * @return what runs a command as the server's user: nothing, or setpriv's command line when the JVM is root
     */
    private static List<String> prepare(Path dir) throws IOException {
        // readable by 'nobody' when the server runs as that user; only the data directory is its own
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        PostgresBinaries.unpack(dir.resolve("pg"));
        Path data = Files.createDirectory(dir.resolve("data"));
        List<String> asUser = List.of();
        if (((Integer) Files.getAttribute(dir, "unix:uid")) == 0) {
            String[] nobody = nobody();
            Files.setAttribute(data, "unix:uid", Integer.parseInt(nobody[2]));
            Files.setAttribute(data, "unix:gid", Integer.parseInt(nobody[3]));
            asUser = List.of("setpriv", "--reuid=" + nobody[2], "--regid=" + nobody[3], "--clear-groups");
        }
        initdb(dir, asUser);
        return asUser;
    }

    /** Waits until this server, and not another on the same port, answers; fails when it ends first. */
    private void awaitReady(String name, ServerLog log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_TIMEOUT_MS);
        String probe = url("postgres") + "&connectTimeout=1&socketTimeout=1";
        while (System.nanoTime() < deadline) {
            if (log.ended()) {
                String words = log.lastLines();
                if (words.contains("could not bind")) {
                    throw new PortTaken("PostgreSQL could not bind its port: " + words);
                }
                throw new IOException("PostgreSQL ended at start: " + words);
            }
            try (Connection c = DriverManager.getConnection(probe);
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("show cluster_name")) {
                if (r.next() && name.equals(r.getString(1))) {
                    return;
                }
            } catch (SQLException notYet) {
                // not listening yet
            }
            sleep(50);
        }
        throw new IOException("PostgreSQL did not answer within " + STARTUP_TIMEOUT_MS + " ms: " + log.lastLines());
    }

    private static void initdb(Path dir, List<String> asUser) throws IOException {
        List<String> command = new ArrayList<>(asUser);
        command.addAll(List.of(dir.resolve("pg/bin/initdb").toString(), "-D", dir.resolve("data").toString(),
                "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
        Process initdb;
        try {
            initdb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        }
        String output = new String(initdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (initdb.waitFor() != 0) {
                throw new IOException("initdb failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while initdb ran", e);
        }
    }

    /** The passwd entry of 'nobody', split into its fields. */
    private static String[] nobody() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
            return lines.filter(line -> line.startsWith("nobody:")).findFirst().map(line -> line.split(":"))
                    .orElseThrow(() -> new IOException("the JVM runs as root, which PostgreSQL refuses, and there is"
                            + " no user 'nobody' to run it as"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while PostgreSQL started", e);
        }
    }

    /** The start failed because another process took the port; worth another try on another port. */
    private static final class PortTaken extends IOException {
        PortTaken(String message) {
            super(message);
        }
    }

    /** Reads what the server logs, keeping its last lines for a failure message, until the server ends. */
    private static final class ServerLog {
        private static final int KEPT = 20;
        private final ArrayDeque<String> lines = new ArrayDeque<>();
        private boolean ended;

        ServerLog(InputStream output) {
            Thread reader = new Thread(() -> read(output), "postgres-log");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream output) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (this) {
                        lines.addLast(line);
                        if (lines.size() > KEPT) {
                            lines.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    lines.addLast("(log unreadable: " + e.getMessage() + ")");
                }
            }
            synchronized (this) {
                ended = true;
            }
        }

        synchronized boolean ended() {
            return ended;
        }

        synchronized String lastLines() {
            return lines.isEmpty() ? "(no output)" : String.join("\n", lines);
        }
    }
}
