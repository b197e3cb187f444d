package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.fetch.LocalSite;
import org.ppcheck.register.TestDatabases;

/**
 * The register survives what processes do to it: a recheck killed with SIGKILL at an arbitrary
 * moment leaves it consistent and the next run completes the work; two rechecks at once on one
 * register never record a version or an event twice. The rechecks run as the jar, in processes of
 * their own, against vendors served slowly on loopback; SQLite and a real PostgreSQL server.
 */
class RegisterCrashTest {
    private static final Path JAR = Path.of("target", "ppcheck.jar");
    private static final int VENDORS = 12;

    @TempDir
    Path tmp;

    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        String policy = Files.readString(Path.of("policies-corpus", "nimbus-eu-saas.html"));
        for (int i = 1; i <= VENDORS; i++) {
            String page = policy.replace("</main>", "<p>This notice applies to the service of vendor number " + i + ".</p></main>");
            site.page("/v" + i + "/privacy", ex -> {
                try {
                    Thread.sleep(150); // slow enough that a kill lands in the middle of the run
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalSite.send(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String register(String kind) {
        return kind.equals("sqlite") ? TestDatabases.sqlite(tmp) : TestDatabases.postgres();
    }

    private void addVendors(String db) throws IOException {
        StringBuilder csv = new StringBuilder("name,source\n");
        for (int i = 1; i <= VENDORS; i++) {
            csv.append("Vendor ").append(i).append(',').append(site.url("/v" + i + "/privacy")).append('\n');
        }
        Cli.Run run = Cli.ppcheck("vendors", "import", "--db", db, Files.writeString(tmp.resolve("vendors.csv"), csv).toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private Process recheck(String db, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "recheck", "--db", db, "--archive", tmp.resolve("archive").toString(),
                "--rate-limit", "0", "--jobs", "1"));
        return new ProcessBuilder(command).redirectOutput(tmp.resolve(name + ".out").toFile()).redirectError(tmp.resolve(name + ".err").toFile())
                .start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aRecheckKilledMidRunLeavesTheRegisterConsistentAndTheNextRunFinishesTheWork(String kind) throws Exception {
        String db = register(kind);
        addVendors(db);
        Process p = recheck(db, "killed");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(db, "SELECT count(*) FROM versions") < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int recorded = count(db, "SELECT count(*) FROM versions");
        assertThat(recorded).as("killed in the middle of the run").isBetween(3, VENDORS - 1);
        assertConsistent(db, recorded);

        Cli.Run rest = Cli.ppcheck("recheck", "--db", db, "--archive", tmp.resolve("archive").toString(), "--rate-limit", "0");
        assertThat(rest.exit()).as(rest.err()).isZero();
        assertThat(rest.out().lines().filter(l -> l.matches("Vendor \\d+: first version.*"))).hasSize(VENDORS - recorded);
        assertConsistent(db, VENDORS);
        assertThat(count(db, "SELECT count(DISTINCT vendor_id) FROM versions")).isEqualTo(VENDORS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoRechecksAtOnceNeverRecordAVersionOrAnEventTwice(String kind) throws Exception {
        String db = register(kind);
        addVendors(db);
        Process a = recheck(db, "a");
        Process b = recheck(db, "b");
        assertThat(a.waitFor(3, TimeUnit.MINUTES) && b.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(tmp.resolve("a.err"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(tmp.resolve("b.err"))).isZero();
        assertConsistent(db, VENDORS);
        assertThat(count(db, "SELECT count(DISTINCT vendor_id) FROM versions")).isEqualTo(VENDORS);
        String both = Files.readString(tmp.resolve("a.out")) + Files.readString(tmp.resolve("b.out"));
        assertThat(both.lines().filter(l -> l.matches("Vendor \\d+: first version.*"))).as("each vendor's first version is recorded once").hasSize(VENDORS);
    }

    /** Every version has its evaluation, its first-version event and its archived document; nothing points nowhere. */
    private void assertConsistent(String db, int versions) throws Exception {
        assertThat(count(db, "SELECT count(*) FROM versions")).isEqualTo(versions);
        assertThat(count(db, "SELECT count(*) FROM evaluations")).isEqualTo(versions);
        assertThat(count(db, "SELECT count(*) FROM events WHERE kind = 'first-version'")).isEqualTo(versions);
        assertThat(count(db, "SELECT count(*) FROM versions x WHERE NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.version_id = x.id)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM (SELECT vendor_id FROM versions GROUP BY vendor_id HAVING count(*) > 1) d")).isZero();
        for (String snapshot : strings(db, "SELECT snapshot FROM versions")) {
            String hex = snapshot.substring("sha256:".length());
            assertThat(tmp.resolve("archive/objects").resolve(hex.substring(0, 2)).resolve(hex)).as("written before its version").exists();
        }
        if (!db.startsWith("jdbc:")) {
            assertThat(strings(db, "PRAGMA integrity_check")).containsExactly("ok");
        }
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
    }

    private static int count(String db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return 0; // the process has not created the schema yet
            }
            throw e;
        }
    }

    private static List<String> strings(String db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
