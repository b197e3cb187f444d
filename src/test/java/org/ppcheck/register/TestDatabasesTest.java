package org.ppcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both kinds of test database are real, writable and fresh. */
class TestDatabasesTest {
    @TempDir
    Path tmp;

    @Test
    void sqliteRegistersAreNewFilesThatHoldData() throws SQLException {
        String first = TestDatabases.sqlite(tmp);
        String second = TestDatabases.sqlite(tmp);

        assertThat(first).isNotEqualTo(second).startsWith(tmp.toString());
        assertThat(Path.of(first)).doesNotExist();
        assertThat(roundTrip("jdbc:sqlite:" + first)).isEqualTo("acme");
        assertThat(Path.of(first)).exists();
    }

    @Test
    void postgresDatabasesAreRealFreshAndSeparate() throws SQLException {
        String first = TestDatabases.postgres();
        String second = TestDatabases.postgres();

        assertThat(first).isNotEqualTo(second).startsWith("jdbc:postgresql://");
        try (Connection c = DriverManager.getConnection(first);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select version()")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).startsWith("PostgreSQL ");
        }
        assertThat(roundTrip(first)).isEqualTo("acme");
        assertThat(tables(second)).as("a table made in another test database").isZero();
    }

    @Test
    void theDatabaseNameIsReplacedAndTheRestOfTheUrlKept() {
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://db.example:5433/postgres?user=ci&password=x", "t1"))
                .isEqualTo("jdbc:postgresql://db.example:5433/t1?user=ci&password=x");
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://localhost", "t1")).isEqualTo("jdbc:postgresql://localhost/t1");
        assertThatThrownBy(() -> TestDatabases.withDatabase("jdbc:mysql://localhost/x", "t1"))
                .hasMessageContaining(TestDatabases.SERVER_VARIABLE).hasMessageContaining("jdbc:postgresql://localhost:5432/");
    }

    /** Creates a table, writes a row and reads it back. */
    private static String roundTrip(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create table vendors (id integer primary key, name varchar(100) not null unique)");
            s.execute("insert into vendors (id, name) values (1, 'acme')");
            try (ResultSet r = s.executeQuery("select name from vendors where id = 1")) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static int tables(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
