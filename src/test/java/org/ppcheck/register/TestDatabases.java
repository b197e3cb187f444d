package org.ppcheck.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for the register's tests, in both kinds the register supports: an SQLite file,
 * or a database on a real PostgreSQL server. The PostgreSQL server is the one named by the environment
 * variable {@value #SERVER_VARIABLE} when it is set; otherwise one {@link PostgresTestServer} started on first
 * use and shared by the whole test JVM. Tests in other JVMs get servers of their own.
 */
public final class TestDatabases {
    /**
     * The environment variable that names a PostgreSQL server to use instead of starting one: the JDBC URL of a
     * user who may create databases, e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=ci&password=ci}.
     * Each test database is created there, and dropped when the JVM ends.
     */
    public static final String SERVER_VARIABLE = "PPCHECK_TEST_POSTGRES";

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/[^?]*)?(\\?.*)?");
    private static final AtomicInteger SQLITE_FILES = new AtomicInteger();

    /** The URL of an existing database on the server, to create others from; null until the first use. */
    private static String adminUrl;
    /** Whether the server is one named by {@value #SERVER_VARIABLE}, rather than started here. */
    private static boolean external;
    /** Why PostgreSQL cannot run here, once a start has failed; later tests are skipped at once. */
    private static String unavailable;
    /** Databases created on a server named by {@value #SERVER_VARIABLE}, to be dropped at exit. */
    private static final List<String> CREATED_ELSEWHERE = new ArrayList<>();

    private TestDatabases() {
    }

    /**
     * The path of a new SQLite register in {@code dir}: no file is there yet.
     *
     * @param dir a directory of the test's own, such as a {@code @TempDir}
     */
    public static String sqlite(Path dir) {
        Path file;
        do {
            file = dir.resolve("register-" + SQLITE_FILES.incrementAndGet() + ".db");
        } while (Files.exists(file));
        return file.toString();
    }

    /**
     * The JDBC URL (with user, and password if the server needs one) of a new, empty PostgreSQL database that
     * no other test uses. Where no PostgreSQL server can run, the calling test is aborted (reported as skipped)
     * with the reason.
     */
    public static synchronized String postgres() {
        if (adminUrl == null && unavailable == null) {
            String named = System.getenv(SERVER_VARIABLE);
            external = named != null && !named.isBlank();
            if (external) {
                adminUrl = named.strip();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
            } else {
                adminUrl = startServer();
            }
        }
        if (unavailable != null) {
            Assumptions.abort(unavailable);
        }
        String name = "ppcheck_test_" + UUID.randomUUID().toString().replace("-", "");
        String url = withDatabase(adminUrl, name);
        execute(adminUrl, "create database " + name);
        if (external) {
            CREATED_ELSEWHERE.add(name);
        }
        return url;
    }

    private static String startServer() {
        try {
            PostgresTestServer server = PostgresTestServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-server-stop"));
            return server.url("postgres");
        } catch (IOException e) {
            unavailable = "PostgreSQL cannot run here: " + e.getMessage() + ". To run the PostgreSQL tests, set "
                    + SERVER_VARIABLE + " to the JDBC URL of a server";
            return null;
        }
    }

    /** {@code url} with its database replaced by {@code database}, keeping host, port and parameters. */
    static String withDatabase(String url, String database) {
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(SERVER_VARIABLE + " must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/postgres?user=ci&password=ci, not " + url);
        }
        return m.group(1) + "/" + database + (m.group(2) == null ? "" : m.group(2));
    }

    private static synchronized void dropCreated() {
        for (String name : CREATED_ELSEWHERE) {
            try {
                execute(adminUrl, "drop database if exists " + name + " with (force)");
            } catch (IllegalStateException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the PostgreSQL server " + url.replaceAll(
                    "password=[^&]*", "password=***") + (external ? " (named by " + SERVER_VARIABLE + ")" : "")
                    + ": " + e.getMessage(), e);
        }
    }
}
