package org.ppcheck.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ppcheck.compare.VendorNames;
import org.ppcheck.compare.Vendors;
import org.ppcheck.report.Report;
import org.ppcheck.util.YamlBinder;

/**
 * The vendor register: vendors, their policy versions with each evaluation, the events rechecks
 * noticed and reviewers' decisions, in one database ({@link Database}). Every method is one
 * statement or one transaction, and all go through {@link #query} and {@link #transaction}, which
 * are synchronized: one register may be shared by the threads of a run. Recording what a recheck found is {@link Recorder}'s.
 */
public final class Register implements AutoCloseable {
    static final String VENDOR_COLUMNS = "v.id, v.name, v.source, v.tags, v.owner, v.review_every, v.added_at, v.removed_at, "
            + "v.last_checked_at, v.fetch_failures, v.last_failure";
    static final String VERSION_COLUMNS = "x.id, x.vendor_id, x.seq, x.snapshot, x.content_type, x.text_hash, x.url, x.final_url, "
            + "x.fetched_at, x.recorded_at";
    static final String EVALUATION_COLUMNS = "e.id, e.version_id, e.rules_fingerprint, e.profiles, e.score, e.grade, e.failed_high, e.evaluated_at";

    /** Review intervals as read, shared: a register has few distinct ones and lists read thousands. */
    private static final java.util.Map<String, Period> PERIODS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Database db;
    final Sql sql;
    private final String id;

    private Register(Database db) throws SQLException {
        this.db = db;
        this.sql = new Sql(db.connection());
        sql.update("INSERT INTO register_info (name, value) VALUES ('id', ?) ON CONFLICT (name) DO NOTHING", UUID.randomUUID().toString());
        this.id = sql.one("SELECT value FROM register_info WHERE name = 'id'", r -> r.getString(1));
    }

    /** Opens the register at {@code location} (a file, or a jdbc:postgresql:// URL), creating or updating its schema. */
    public static Register open(String location) throws RegisterException {
        Database db = Database.open(location);
        try {
            return new Register(db);
        } catch (SQLException e) {
            db.close();
            throw new RegisterException(db.name() + " is not a usable register: " + Database.oneLine(e), e);
        }
    }

    /** The register as the user named it (without a password). */
    public String name() {
        return db.name();
    }

    /** This register's lasting identity (a UUID made when it was created), for the ids of feed entries. */
    public String id() {
        return id;
    }

    // ---- vendors

    /** Adds a vendor; a removed vendor of that name comes back with its history. */
    public RegisteredVendor add(Vendors.Vendor v, Instant now) throws RegisterException {
        return transaction(() -> {
            RegisteredVendor same = find(v.name(), true);
            if (same != null && same.removedAt() == null) {
                throw new RegisterException("a vendor named '" + same.name() + "' is already in the register; "
                        + "remove it first, or use 'ppcheck vendors import' to update vendors");
            }
            if (same != null) {
                update(same.id(), v);
                sql.update("UPDATE vendors SET removed_at = NULL WHERE id = ?", same.id());
            } else {
                sql.insert("INSERT INTO vendors (name, slug, source, tags, owner, review_every, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        v.name(), VendorNames.slug(v.name()), v.source(), String.join(";", v.tags()), v.owner(), period(v.reviewEvery()), now);
            }
            return find(v.name(), false);
        });
    }

    /** What an import did. */
    public record Imported(int added, int updated, int unchanged) { }

    /** Adds the vendors that are new and updates those whose source, tags, owner or review interval changed, in one transaction. */
    public Imported importVendors(List<Vendors.Vendor> vendors, Instant now) throws RegisterException {
        return transaction(() -> {
            int added = 0;
            int updated = 0;
            for (Vendors.Vendor v : vendors) {
                RegisteredVendor same = find(v.name(), true);
                if (same == null) {
                    sql.insert("INSERT INTO vendors (name, slug, source, tags, owner, review_every, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            v.name(), VendorNames.slug(v.name()), v.source(), String.join(";", v.tags()), v.owner(), period(v.reviewEvery()), now);
                    added++;
                } else if (same.removedAt() != null || !same.source().equals(v.source()) || !same.tags().equals(v.tags())
                        || !java.util.Objects.equals(same.owner(), v.owner()) || !java.util.Objects.equals(same.reviewEvery(), v.reviewEvery())) {
                    update(same.id(), v);
                    sql.update("UPDATE vendors SET removed_at = NULL WHERE id = ?", same.id());
                    updated++;
                }
            }
            return new Imported(added, updated, vendors.size() - added - updated);
        });
    }

    private void update(long vendorId, Vendors.Vendor v) throws SQLException {
        sql.update("UPDATE vendors SET name = ?, source = ?, tags = ?, owner = ?, review_every = ? WHERE id = ?",
                v.name(), v.source(), String.join(";", v.tags()), v.owner(), period(v.reviewEvery()), vendorId);
    }

    /** The vendor of that name (ignoring case, spaces and hyphens, as report file names do); an error names the nearest. */
    public RegisteredVendor vendor(String name) throws RegisterException {
        RegisteredVendor v = query(() -> find(name, false));
        if (v == null) {
            List<String> names = query(() -> sql.list("SELECT name FROM vendors WHERE removed_at IS NULL", r -> r.getString(1)));
            String hint = YamlBinder.suggestion(name, names);
            throw new RegisterException("no vendor named '" + name + "' in the register" + (hint.isEmpty() ? "" : hint)
                    + "; see 'ppcheck vendors list'");
        }
        return v;
    }

    /** The vendors in the register by name (removed ones left out); all of them when {@code names} is empty. */
    public List<RegisteredVendor> vendors(List<String> names) throws RegisterException {
        if (names.isEmpty()) {
            return query(() -> sql.list("SELECT " + VENDOR_COLUMNS + " FROM vendors v WHERE v.removed_at IS NULL ORDER BY v.name", Register::vendorRow));
        }
        List<RegisteredVendor> out = new ArrayList<>();
        for (String n : names) {
            out.add(vendor(n));
        }
        return out;
    }

    /** Removes a vendor from the lists; its history stays unless {@code purge}, which deletes everything recorded of it. */
    public void remove(String name, boolean purge, Instant now) throws RegisterException {
        // a removed vendor can still be purged; any other name that is not in the register gets the usual error
        RegisteredVendor removed = purge ? query(() -> find(name, true)) : null;
        RegisteredVendor v = removed != null ? removed : vendor(name);
        transaction(() -> purge ? sql.update("DELETE FROM vendors WHERE id = ?", v.id())
                : sql.update("UPDATE vendors SET removed_at = ? WHERE id = ?", now, v.id()));
    }

    RegisteredVendor find(String name, boolean withRemoved) throws SQLException {
        return sql.one("SELECT " + VENDOR_COLUMNS + " FROM vendors v WHERE v.slug = ?" + (withRemoved ? "" : " AND v.removed_at IS NULL"),
                Register::vendorRow, VendorNames.slug(VendorNames.nfc(name.strip())));
    }

    // ---- versions and evaluations

    /** A vendor's latest version, or null before its first recheck. */
    public Version latestVersion(long vendorId) throws RegisterException {
        return query(() -> sql.one("SELECT " + VERSION_COLUMNS + " FROM versions x WHERE x.vendor_id = ? ORDER BY x.seq DESC LIMIT 1",
                Register::versionRow, vendorId));
    }

    /** A vendor's versions, oldest first. */
    public List<Version> versions(long vendorId) throws RegisterException {
        return query(() -> sql.list("SELECT " + VERSION_COLUMNS + " FROM versions x WHERE x.vendor_id = ? ORDER BY x.seq", Register::versionRow, vendorId));
    }

    /** The evaluation of a version with the rules of this fingerprint, or null. */
    public Evaluation evaluation(long versionId, String fingerprint) throws RegisterException {
        return query(() -> sql.one("SELECT " + EVALUATION_COLUMNS + " FROM evaluations e WHERE e.version_id = ? AND e.rules_fingerprint = ?",
                Register::evaluationRow, versionId, fingerprint));
    }

    /** The latest evaluation of a version, or null. */
    public Evaluation latestEvaluation(long versionId) throws RegisterException {
        return query(() -> sql.one("SELECT " + EVALUATION_COLUMNS + " FROM evaluations e WHERE e.version_id = ? ORDER BY e.id DESC LIMIT 1",
                Register::evaluationRow, versionId));
    }

    /** The summary of the key facts of each vendor's latest evaluation, by vendor id, in one query. */
    public java.util.Map<Long, FactsSummary> latestSummaries() throws RegisterException {
        java.util.Map<Long, FactsSummary> out = new java.util.HashMap<>();
        query(() -> sql.list("SELECT x.vendor_id, e.summary FROM vendors v JOIN versions x ON x.vendor_id = v.id AND x.seq = v.latest_seq "
                + "JOIN evaluations e ON e.version_id = x.id WHERE v.removed_at IS NULL AND e.id = (SELECT max(id) FROM evaluations WHERE version_id = x.id)",
                r -> out.put(r.getLong(1), FactsSummary.read(r.getString(2)))));
        return out;
    }

    /** The report of an evaluation. */
    public Report report(Evaluation evaluation) throws RegisterException {
        byte[] gz = query(() -> sql.one("SELECT report FROM reports WHERE evaluation_id = ?", r -> r.getBytes(1), evaluation.id()));
        return Reports.read(gz);
    }

    /** The report of the vendor's latest version as last evaluated, or null before its first recheck. */
    public Report latestReport(RegisteredVendor v) throws RegisterException {
        Version latest = latestVersion(v.id());
        Evaluation e = latest == null ? null : latestEvaluation(latest.id());
        return e == null ? null : report(e);
    }

    // ---- events

    /** The latest events, newest first: of one vendor, or of all when {@code vendor} is null; at most {@code limit}. */
    public List<Event> events(RegisteredVendor vendor, int limit) throws RegisterException {
        String select = "SELECT ev.id, v.name, ev.kind, ev.at, x.seq, x.snapshot, px.snapshot, ev.summary, ev.detail FROM events ev "
                + "JOIN vendors v ON v.id = ev.vendor_id LEFT JOIN versions x ON x.id = ev.version_id "
                + "LEFT JOIN versions px ON px.id = ev.previous_version_id "
                + (vendor == null ? "" : "WHERE ev.vendor_id = ? ") + "ORDER BY ev.id DESC LIMIT ?";
        Object[] params = vendor == null ? new Object[] {limit} : new Object[] {vendor.id(), limit};
        return query(() -> sql.list(select, r -> {
            try {
                return new Event(r.getLong(1), r.getString(2), Event.Kind.of(r.getString(3)), Sql.time(r.getString(4)),
                        r.getObject(5) == null ? null : r.getInt(5), r.getString(6), r.getString(7), r.getString(8),
                        Reports.JSON.readTree(r.getString(9)));
            } catch (java.io.IOException e) {
                throw new SQLException("the detail of event " + r.getLong(1) + " is not JSON", e);
            }
        }, params));
    }

    // ---- plumbing

    /** Work that may fail with a database error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, RegisterException;
    }

    synchronized <T> T query(Work<T> work) throws RegisterException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs work in one transaction: all of it is written, or none. Work that runs inside another
     * transaction's work becomes part of it (a bulk load records many rechecks at once).
     */
    synchronized <T> T transaction(Work<T> work) throws RegisterException {
        var c = db.connection();
        try {
            if (!c.getAutoCommit()) {
                return work.run();
            }
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RegisterException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Whether a database error is a conflict with another writer (worth doing the work again). */
    static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return e.getErrorCode() == 5 || e.getErrorCode() == 19 // SQLite: busy, constraint
                || state != null && (state.equals("23505") || state.equals("40001") || state.equals("40P01"));
    }

    RegisterException failure(SQLException e) {
        return new RegisterException("the register " + db.name() + " failed: " + Database.oneLine(e), e);
    }

    static RegisteredVendor vendorRow(ResultSet r) throws SQLException {
        return vendorRow(r, 0);
    }

    /** The vendor of a row whose columns from {@code o + 1} on are {@link #VENDOR_COLUMNS}. */
    static RegisteredVendor vendorRow(ResultSet r, int o) throws SQLException {
        String tags = r.getString(o + 4);
        String every = r.getString(o + 6);
        return new RegisteredVendor(r.getLong(o + 1), r.getString(o + 2), r.getString(o + 3),
                tags.isEmpty() ? List.of() : Stream.of(tags.split(";")).toList(), r.getString(o + 5), every == null ? null : PERIODS.computeIfAbsent(every, Period::parse),
                Sql.time(r.getString(o + 7)), Sql.time(r.getString(o + 8)), Sql.time(r.getString(o + 9)), r.getInt(o + 10), r.getString(o + 11));
    }

    static Version versionRow(ResultSet r) throws SQLException {
        return versionRow(r, 0);
    }

    /** The version of a row whose columns from {@code o + 1} on are {@link #VERSION_COLUMNS}; null when they are null (an outer join). */
    static Version versionRow(ResultSet r, int o) throws SQLException {
        if (r.getObject(o + 1) == null) {
            return null;
        }
        return new Version(r.getLong(o + 1), r.getLong(o + 2), r.getInt(o + 3), r.getString(o + 4), r.getString(o + 5), r.getString(o + 6),
                r.getString(o + 7), r.getString(o + 8), Sql.time(r.getString(o + 9)), Sql.time(r.getString(o + 10)));
    }

    static Evaluation evaluationRow(ResultSet r) throws SQLException {
        return evaluationRow(r, 0);
    }

    /** The evaluation of a row whose columns from {@code o + 1} on are {@link #EVALUATION_COLUMNS}; null when they are null. */
    static Evaluation evaluationRow(ResultSet r, int o) throws SQLException {
        if (r.getObject(o + 1) == null) {
            return null;
        }
        return new Evaluation(r.getLong(o + 1), r.getLong(o + 2), r.getString(o + 3), r.getString(o + 4), r.getInt(o + 5), r.getString(o + 6),
                r.getInt(o + 7), Sql.time(r.getString(o + 8)));
    }

    private static String period(Period p) {
        return p == null ? null : p.toString();
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
