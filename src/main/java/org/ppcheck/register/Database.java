package org.ppcheck.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * The register's database: a SQLite file (the embedded default) or a PostgreSQL server named by a
 * {@code jdbc:postgresql://} URL. Opening it brings its schema up to date with the versioned SQL
 * migrations in {@code db/register} (Flyway; the same files serve both databases), and refuses, in
 * one line each, a file that is damaged, one that belongs to another program, and a register made
 * by a newer ppcheck. One connection, used by one thread at a time ({@link Register} synchronizes).
 */
final class Database implements AutoCloseable {
    /** The newest schema version this ppcheck knows: the highest {@code V<n>__*.sql} in db/register. */
    static final int SCHEMA_VERSION = 1;
    private static final String HISTORY = "flyway_schema_history";
    private static final int BUSY_TIMEOUT_MS = 30_000;

    /** The two kinds of database. */
    enum Dialect { SQLITE, POSTGRESQL }

    private final Dialect dialect;
    private final String name;
    private final Connection connection;

    private Database(Dialect dialect, String name, Connection connection) {
        this.dialect = dialect;
        this.name = name;
        this.connection = connection;
    }

    /** Opens and migrates the register at {@code location}: a file path or a jdbc:postgresql:// URL. */
    static Database open(String location) throws RegisterException {
        boolean postgres = location.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
        String name = postgres ? withoutSecrets(location) : location;
        Database db = postgres ? new Database(Dialect.POSTGRESQL, name, connectPostgres(location, name))
                : new Database(Dialect.SQLITE, name, connectSqlite(location));
        try {
            db.migrate(postgres ? location : "jdbc:sqlite:" + location);
            return db;
        } catch (RegisterException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The register as a user named it, without a password. */
    String name() {
        return name;
    }

    private static Connection connectSqlite(String file) throws RegisterException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new RegisterException(file + " is a directory; --db takes a register file (or a jdbc:postgresql:// URL)");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new RegisterException("cannot create the folder of the register " + file + " (" + e.getMessage() + ")", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL); // readers never wait for a writer
        config.setBusyTimeout(BUSY_TIMEOUT_MS); // a second writer waits instead of failing
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // take the write lock at BEGIN: no deadlocked upgrades
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("SELECT count(*) FROM sqlite_master"); // a damaged or foreign file fails here, not later
            }
            return c;
        } catch (SQLException e) {
            throw new RegisterException(file + " is not a usable register: " + oneLine(e)
                    + "; give another --db, or move the file away to start a new register", e);
        }
    }

    private static Connection connectPostgres(String url, String name) throws RegisterException {
        try {
            return DriverManager.getConnection(url, new Properties());
        } catch (SQLException e) {
            throw new RegisterException("cannot connect to the register " + name + ": " + oneLine(e)
                    + "; check the URL, the server and its user and password", e);
        }
    }

    /**
     * Brings the schema up to date. Fast when it already is (one query, no Flyway); refuses a newer
     * register, and a database that holds tables but no register.
     */
    private void migrate(String url) throws RegisterException {
        try {
            Integer applied = appliedVersion();
            if (applied != null && applied > SCHEMA_VERSION) {
                throw new RegisterException(name + " is a register of schema version " + applied + ", made by a newer ppcheck; "
                        + "this one knows versions up to " + SCHEMA_VERSION + ": upgrade ppcheck to use it");
            }
            if (applied != null && applied == SCHEMA_VERSION) {
                return;
            }
            if (applied == null && hasTables()) {
                throw new RegisterException(name + " is a database of another program (it has tables, but not a ppcheck register's); "
                        + "give another --db");
            }
        } catch (SQLException e) {
            throw new RegisterException(name + " is not a usable register: " + oneLine(e), e);
        }
        boolean sqlite = dialect == Dialect.SQLITE;
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:db/register")
                    .placeholders(Map.of("id", sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                            "blob", sqlite ? "BLOB" : "BYTEA"))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (migratedMeanwhile()) {
                return; // another process created the schema at the same moment
            }
            throw new RegisterException("cannot bring the register " + name + " up to date: " + oneLine(e), e);
        }
    }

    private boolean migratedMeanwhile() {
        try {
            Integer applied = appliedVersion();
            return applied != null && applied == SCHEMA_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The schema version recorded in the database, or null when it has no migration history. */
    private Integer appliedVersion() throws SQLException {
        if (!tableExists(HISTORY)) {
            return null;
        }
        int max = 0;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM " + HISTORY + " WHERE version IS NOT NULL")) {
            while (r.next()) {
                try {
                    max = Math.max(max, Integer.parseInt(r.getString(1).split("\\.")[0]));
                } catch (NumberFormatException e) {
                    throw new SQLException("its migration history names the version '" + r.getString(1) + "'", e);
                }
            }
        }
        return max;
    }

    private boolean tableExists(String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet r = meta.getTables(null, dialect == Dialect.POSTGRESQL ? connection.getSchema() : null, table, new String[] {"TABLE"})) {
            return r.next();
        }
    }

    private boolean hasTables() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet r = meta.getTables(null, dialect == Dialect.POSTGRESQL ? connection.getSchema() : null, "%", new String[] {"TABLE"})) {
            return r.next();
        }
    }

    /** A JDBC URL without its password parameter, for messages. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    /** The first line of an exception's message. */
    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection that failed already: nothing left to release
        }
    }
}
