package org.ppcheck.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC with bound parameters and nothing else: the register's queries are few and written
 * out in SQL that SQLite and PostgreSQL both run. Times are stored as UTC text in one fixed format,
 * so that they sort as text.
 */
final class Sql {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params); ResultSet r = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) {
                out.add(row.read(r));
            }
            return out;
        }
    }

    /** The first row, or null. */
    <T> T one(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params); ResultSet r = s.executeQuery()) {
            return r.next() ? row.read(r) : null;
        }
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql, params)) {
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the new row's id ({@code RETURNING id}, which both databases know). */
    long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(sql + " RETURNING id", params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                s.setString(i + 1, time(t));
            } else if (p instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else {
                s.setObject(i + 1, p);
            }
        }
        return s;
    }

    /** An integer column that may be null. */
    static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    static String time(Instant t) {
        return TIME.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A time as {@link #time(Instant)} writes it; read field by field, as lists read thousands of them. */
    static Instant time(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != 24 || text.charAt(10) != 'T' || text.charAt(23) != 'Z') {
            return Instant.parse(text);
        }
        return java.time.LocalDateTime.of(num(text, 0, 4), num(text, 5, 7), num(text, 8, 10), num(text, 11, 13), num(text, 14, 16),
                num(text, 17, 19), num(text, 20, 23) * 1_000_000).toInstant(ZoneOffset.UTC);
    }

    private static int num(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
