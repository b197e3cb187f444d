package org.ppcheck.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppcheck.compare.ChecklistDecisions;
import org.ppcheck.util.YamlBinder;

/**
 * Reviewers' decisions and the review status of each vendor: decisions are made on a vendor's
 * latest version, overall or per rule, and carry over to later versions until a version or new
 * rules change what they were made on; then they need re-review. The next review date is the last
 * overall decision's date plus the vendor's review interval; a vendor never reviewed is due at once.
 */
public final class Reviews {
    private static final String OVERALL = "";
    private static final String DECISION_COLUMNS = "d.id, d.rule, d.decision, d.decided_by, d.decided_at, d.note, dx.seq, d.seen";

    private final Register reg;

    public Reviews(Register reg) {
        this.reg = reg;
    }

    /**
     * Records a decision on the vendor's latest version: overall when {@code rule} is null, else on
     * that rule, which the latest evaluation must know.
     */
    public Decision decide(String vendorName, String rule, String decision, String by, String note, Instant now) throws RegisterException {
        return decide(vendorName, rule, decision, by, note, null, now);
    }

    /** What an import of a checklist did. */
    public record Imported(int recorded, int unchanged, List<String> notes) { }

    /**
     * Records the decisions of a filled-in checklist, all or none: each on its vendor's latest
     * version and rule. A decision made on a finding whose status the register now sees otherwise is
     * recorded as needing re-review; a decision already in force, with the same note, is not recorded again.
     */
    public Imported importChecklist(ChecklistDecisions checklist, String by, Instant now) throws RegisterException {
        return reg.transaction(() -> {
            int recorded = 0;
            int unchanged = 0;
            List<String> notes = new ArrayList<>();
            for (ChecklistDecisions.Entry e : checklist.entries()) {
                if (!e.decided()) {
                    continue;
                }
                RegisteredVendor v = reg.vendor(e.vendor());
                Decision inForce = inForce(v, current(v)).stream().filter(d -> e.rule().equals(d.rule())).findFirst().orElse(null);
                if (inForce != null && inForce.decision().equals(e.decision()) && inForce.note().equals(e.note()) && !inForce.needsReReview()) {
                    unchanged++;
                    continue;
                }
                Decision d = decide(v.name(), e.rule(), e.decision(), by, e.note(), e.status(), now);
                recorded++;
                if (d.needsReReview()) {
                    notes.add(v.name() + " / " + e.rule() + ": decided on status " + e.status().replace('_', ' ')
                            + "; the latest version differs, so it needs re-review");
                }
            }
            return new Imported(recorded, unchanged, notes);
        });
    }

    /** A decision; {@code sawStatus}, when given, is the rule's status as the reviewer saw it (in a checklist). */
    private Decision decide(String vendorName, String rule, String decision, String by, String note, String sawStatus, Instant now)
            throws RegisterException {
        String value = Decision.normalise(decision);
        if (value == null) {
            throw new RegisterException("'" + decision + "' is not a decision; use one of " + String.join(", ", Decision.VALUES));
        }
        RegisteredVendor v = reg.vendor(vendorName);
        return reg.transaction(() -> {
            Current current = current(v);
            if (current == null) {
                throw new RegisterException(v.name() + " has not been checked yet; run 'ppcheck recheck " + v.name() + "' first");
            }
            String seen;
            if (rule == null) {
                seen = overallSeen(current.version().textHash(), current.evaluation().grade());
            } else {
                seen = current.digest().get(rule);
                if (seen == null) {
                    throw new RegisterException("no rule '" + rule + "' in " + v.name() + "'s latest report"
                            + YamlBinder.suggestion(rule, current.digest().keySet()) + "; see 'ppcheck explain --list'");
                }
                if (sawStatus != null && !seen.startsWith(sawStatus + ":")) {
                    seen = sawStatus + ":seen-in-a-checklist"; // not what the latest version shows: needs re-review at once
                }
            }
            long id = reg.sql.insert("INSERT INTO decisions (vendor_id, rule, decision, decided_by, decided_at, note, version_id, seen) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", v.id(), rule == null ? OVERALL : rule, value, by, now, note == null ? "" : note,
                    current.version().id(), seen);
            String reReview = rule == null ? null : Reports.ruleChange(seen, current.digest().get(rule));
            return new Decision(id, v.name(), rule, value, by, Sql.time(Sql.time(now)), note == null ? "" : note, current.version().seq(), reReview);
        });
    }

    /** The vendor's decisions in force: the latest for each rule (overall first), each saying whether it needs re-review. */
    public List<Decision> decisions(RegisteredVendor v) throws RegisterException {
        return reg.query(() -> inForce(v, current(v)));
    }

    /** Every decision ever made on the vendor, oldest first (re-review is not judged for these). */
    public List<Decision> history(RegisteredVendor v) throws RegisterException {
        return reg.query(() -> reg.sql.list("SELECT " + DECISION_COLUMNS + " FROM decisions d JOIN versions dx ON dx.id = d.version_id "
                + "WHERE d.vendor_id = ? ORDER BY d.id", r -> decisionRow(r, 0, v.name(), null), v.id()));
    }

    /** Every vendor in the register with its latest version, evaluation and review status, by name; {@code today} decides what is due. */
    public List<VendorStatus> statuses(LocalDate today) throws RegisterException {
        // two queries for any number of vendors: the vendors with their latest version, evaluation and overall
        // decision (and that evaluation's digest where rule decisions need it), then the rule decisions in force
        String select = "SELECT " + Register.VENDOR_COLUMNS + ", v.latest_seq, v.latest_snapshot, v.latest_text, v.latest_at, v.score, "
                + "v.grade, v.failed_high, v.versions, " + DECISION_COLUMNS + ", "
                + "CASE WHEN EXISTS (SELECT 1 FROM decisions rd WHERE rd.vendor_id = v.id AND rd.rule <> '') THEN "
                + "(SELECT r.digest FROM reports r JOIN evaluations e ON e.id = r.evaluation_id JOIN versions x ON x.id = e.version_id "
                + "WHERE x.vendor_id = v.id AND x.seq = v.latest_seq ORDER BY e.id DESC LIMIT 1) END FROM vendors v "
                + "LEFT JOIN decisions d ON d.id = (SELECT max(id) FROM decisions WHERE vendor_id = v.id AND rule = '') "
                + "LEFT JOIN versions dx ON dx.id = d.version_id "
                + "WHERE v.removed_at IS NULL ORDER BY v.name";
        String ruleDecisions = "SELECT vendor_id, rule, seen FROM decisions WHERE rule <> '' AND id IN "
                + "(SELECT max(id) FROM decisions WHERE rule <> '' GROUP BY vendor_id, rule)";
        return reg.query(() -> {
            record Row(RegisteredVendor v, Integer seq, String snapshot, String text, Instant at, Integer score, String grade, Integer failedHigh,
                       int versions, Decision d, String seen, String digest) { }
            List<Row> rows = reg.sql.list(select, r -> {
                RegisteredVendor v = Register.vendorRow(r, 0);
                boolean decided = r.getObject(20) != null;
                return new Row(v, Sql.integer(r, 12), r.getString(13), r.getString(14), Sql.time(r.getString(15)),
                        Sql.integer(r, 16), r.getString(17), Sql.integer(r, 18), r.getInt(19),
                        decided ? decisionRow(r, 19, v.name(), null) : null, decided ? r.getString(27) : null, r.getString(28));
            });
            Map<Long, List<String[]>> seenByVendor = new HashMap<>();
            for (String[] d : reg.sql.list(ruleDecisions, r -> new String[] {r.getString(1), r.getString(2), r.getString(3)})) {
                seenByVendor.computeIfAbsent(Long.parseLong(d[0]), k -> new ArrayList<>()).add(d);
            }
            List<VendorStatus> out = new ArrayList<>();
            for (Row row : rows) {
                Decision overall = row.d() == null ? null : withReReview(row.d(), overallChange(row.seen(), row.seq(), row.text(), row.grade()));
                boolean rulesToReReview = false;
                if (row.digest() != null) {
                    Map<String, String> now = Reports.digest(row.digest());
                    for (String[] d : seenByVendor.getOrDefault(row.v().id(), List.of())) {
                        rulesToReReview |= Reports.ruleChange(d[2], now.get(d[1])) != null;
                    }
                }
                LocalDate next = nextReview(row.v(), overall);
                out.add(new VendorStatus(row.v(), row.seq(), row.snapshot(), row.at(), row.score(), row.grade(), row.failedHigh(), row.versions(),
                        overall, status(overall, rulesToReReview), next, next != null && !next.isAfter(today)));
            }
            return out;
        });
    }

    /** The date of the vendor's next review: null without a review interval; a vendor never reviewed is due from the day it was added. */
    static LocalDate nextReview(RegisteredVendor v, Decision overall) {
        if (v.reviewEvery() == null) {
            return null;
        }
        return overall == null ? date(v.addedAt()) : date(overall.at()).plus(v.reviewEvery());
    }

    /** A review-due event, when the vendor's review date has come and none was recorded since its last overall decision. */
    static Optional<Event> dueEvent(Register reg, RegisteredVendor v, Instant now) throws SQLException, RegisterException {
        Decision overall = reg.sql.one("SELECT " + DECISION_COLUMNS + " FROM decisions d JOIN versions dx ON dx.id = d.version_id "
                + "WHERE d.vendor_id = ? AND d.rule = '' ORDER BY d.id DESC LIMIT 1", r -> decisionRow(r, 0, v.name(), null), v.id());
        LocalDate next = nextReview(v, overall);
        if (next == null || next.isAfter(date(now))) {
            return Optional.empty();
        }
        Instant since = overall == null ? v.addedAt() : overall.at();
        Integer told = reg.sql.one("SELECT count(*) FROM events WHERE vendor_id = ? AND kind = ? AND at >= ?", r -> r.getInt(1), v.id(),
                Event.Kind.REVIEW_DUE.label(), since);
        if (told > 0) {
            return Optional.empty();
        }
        String summary = (overall == null ? "review due: not reviewed yet" : "review due since " + next + " (last decision " + date(overall.at()) + ")");
        return Optional.of(Recorder.event(reg, v, Event.Kind.REVIEW_DUE, now, null, null, summary,
                Reports.JSON.createObjectNode().put("due", next.toString())));
    }

    /** The rules (and "overall") whose decisions in force need re-review, for a change event. */
    static List<String> reReviewNeeded(Register reg, long vendorId) throws SQLException, RegisterException {
        RegisteredVendor v = reg.sql.one("SELECT " + Register.VENDOR_COLUMNS + " FROM vendors v WHERE v.id = ?", Register::vendorRow, vendorId);
        Reviews reviews = new Reviews(reg);
        return reviews.inForce(v, reviews.current(v)).stream().filter(Decision::needsReReview)
                .map(d -> d.rule() == null ? "overall" : d.rule()).toList();
    }

    /** A vendor's latest version, its latest evaluation and that evaluation's digest. */
    private record Current(Version version, Evaluation evaluation, Map<String, String> digest) { }

    private Current current(RegisteredVendor v) throws SQLException, RegisterException {
        Version latest = reg.latestVersion(v.id());
        Evaluation e = latest == null ? null : reg.latestEvaluation(latest.id());
        if (e == null) {
            return null;
        }
        String digest = reg.sql.one("SELECT digest FROM reports WHERE evaluation_id = ?", r -> r.getString(1), e.id());
        return new Current(latest, e, Reports.digest(digest));
    }

    private List<Decision> inForce(RegisteredVendor v, Current now) throws SQLException {
        List<Decision> out = new ArrayList<>();
        List<String[]> seen = new ArrayList<>();
        List<Decision> decisions = reg.sql.list("SELECT " + DECISION_COLUMNS + " FROM decisions d JOIN versions dx ON dx.id = d.version_id "
                + "WHERE d.vendor_id = ? AND d.id IN (SELECT max(id) FROM decisions WHERE vendor_id = ? GROUP BY rule) ORDER BY d.rule", r -> {
                    seen.add(new String[] {r.getString(8)});
                    return decisionRow(r, 0, v.name(), null);
                }, v.id(), v.id());
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            String was = seen.get(i)[0];
            String change = now == null ? null : d.rule() == null ? overallChange(was, now.version().seq(), now.version().textHash(), now.evaluation().grade())
                    : Reports.ruleChange(was, now.digest().get(d.rule()));
            out.add(withReReview(d, change));
        }
        return out;
    }

    private static String overallSeen(String textHash, String grade) {
        return textHash + "|" + grade;
    }

    /** What changed since an overall decision saw the policy: its text (a new version) or its grade; null when neither. */
    private static String overallChange(String seen, Integer seq, String textHash, String grade) {
        if (seen == null || seq == null || grade == null) {
            return null;
        }
        String[] was = seen.split("\\|", 2);
        if (!was[0].equals(textHash)) {
            return "the policy changed (now version " + seq + ")";
        }
        return was[1].equals(grade) ? null : "grade was " + was[1] + ", now " + grade;
    }

    private static String status(Decision overall, boolean rulesToReReview) {
        if (overall != null && overall.needsReReview() || rulesToReReview) {
            return "needs re-review";
        }
        if (overall == null) {
            return "not reviewed";
        }
        return switch (overall.decision()) {
            case "approve" -> "approved";
            case "approve-with-conditions" -> "approved with conditions";
            case "reject" -> "rejected";
            default -> "pending";
        };
    }

    private static Decision withReReview(Decision d, String change) {
        return new Decision(d.id(), d.vendor(), d.rule(), d.decision(), d.by(), d.at(), d.note(), d.versionSeq(), change);
    }

    private static Decision decisionRow(ResultSet r, int o, String vendor, String reReview) throws SQLException {
        String rule = r.getString(o + 2);
        return new Decision(r.getLong(o + 1), vendor, rule.isEmpty() ? null : rule, r.getString(o + 3), r.getString(o + 4),
                Sql.time(r.getString(o + 5)), r.getString(o + 6), r.getInt(o + 7), reReview);
    }

    private static LocalDate date(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
