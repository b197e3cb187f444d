package org.ppcheck.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.report.Report;

/**
 * Records what one recheck of a vendor found, in one transaction: the new version and its
 * evaluation, the vendor's check time and failure count, and the events (policy changed, grade
 * changed, fetch failed, review due). The archive object a version names was written before.
 */
final class Recorder {
    /** The grade the register records for a policy that gets none. */
    static final String NOT_ASSESSED = "not assessed";

    private Recorder() {
    }

    /**
     * Records an observation and returns the events it made; null when another process recorded a
     * version since the observation was made (its basis is stale), so that it must be made again.
     */
    static List<Event> record(Register reg, RegisteredVendor v, Observation o, Instant now) throws RegisterException {
        try {
            return reg.transaction(() -> {
                Version latest = reg.latestVersion(v.id());
                if (!Objects.equals(id(latest), id(o.basis()))) {
                    return null;
                }
                List<Event> events = new ArrayList<>();
                if (o instanceof Observation.Failed f) {
                    int failures = v.fetchFailures() + 1;
                    reg.sql.update("UPDATE vendors SET last_checked_at = ?, fetch_failures = fetch_failures + 1, last_failure = ? WHERE id = ?",
                            now, f.reason(), v.id());
                    ObjectNode detail = Reports.JSON.createObjectNode().put("reason", f.reason()).put("failuresInARow", failures);
                    events.add(event(reg, v, Event.Kind.FETCH_FAILED, now, null, null,
                            "could not be checked" + (failures > 1 ? " (" + failures + " times in a row)" : "") + ": " + f.reason(), detail));
                } else {
                    reg.sql.update("UPDATE vendors SET last_checked_at = ?, fetch_failures = 0, last_failure = NULL WHERE id = ?", now, v.id());
                    if (o instanceof Observation.Evaluated e) {
                        evaluated(reg, v, e, latest, now, events);
                    } else if (o instanceof Observation.Changed c) {
                        changed(reg, v, c, latest, now, events);
                    }
                }
                Reviews.dueEvent(reg, v, now).ifPresent(d -> events.add(d));
                return events;
            });
        } catch (RegisterException e) {
            if (e.getCause() instanceof SQLException s && Register.isConflict(s)) {
                return null; // another process wrote the same version or evaluation first: look again
            }
            throw e;
        }
    }

    private static void evaluated(Register reg, RegisteredVendor v, Observation.Evaluated e, Version latest, Instant now, List<Event> events)
            throws SQLException, RegisterException {
        if (reg.evaluation(e.version().id(), e.fingerprint()) != null) {
            return;
        }
        boolean ofLatest = e.version().id() == latest.id();
        Evaluation before = ofLatest ? reg.latestEvaluation(latest.id()) : null;
        insertEvaluation(reg, e.version().id(), e.report(), e.fingerprint(), now);
        if (ofLatest) {
            reg.sql.update("UPDATE vendors SET score = ?, grade = ?, failed_high = ? WHERE id = ?", e.report().score().value(),
                    grade(e.report()), failedHigh(e.report()), v.id());
        }
        if (before != null && !before.grade().equals(grade(e.report()))) {
            String summary = "grade " + before.grade() + " -> " + grade(e.report()) + " with new rules (score " + before.score()
                    + " -> " + e.report().score().value() + ")";
            events.add(event(reg, v, Event.Kind.GRADE_CHANGED, now, latest, null, summary, scoreDetail(before, e.report())));
        }
    }

    private static void changed(Register reg, RegisteredVendor v, Observation.Changed c, Version latest, Instant now, List<Event> events)
            throws SQLException, RegisterException {
        int seq = latest == null ? 1 : latest.seq() + 1;
        long versionId = reg.sql.insert("INSERT INTO versions (vendor_id, seq, snapshot, content_type, text_hash, url, final_url, fetched_at, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", v.id(), seq, c.snapshot(), c.contentType(), c.textHash(), c.url(),
                c.finalUrl(), c.fetchedAt(), now);
        Evaluation before = latest == null ? null : reg.latestEvaluation(latest.id());
        insertEvaluation(reg, versionId, c.report(), c.fingerprint(), now);
        Version version = reg.latestVersion(v.id());
        Report.Score score = c.report().score();
        reg.sql.update("UPDATE vendors SET versions = versions + 1, latest_seq = ?, latest_snapshot = ?, latest_text = ?, latest_at = ?, "
                + "score = ?, grade = ?, failed_high = ? WHERE id = ?", seq, c.snapshot(), c.textHash(), now, score.value(), grade(c.report()),
                failedHigh(c.report()), v.id());
        if (latest == null || c.diff() == null) {
            events.add(event(reg, v, Event.Kind.FIRST_VERSION, now, version, null,
                    "first version recorded: " + (score.assessed() ? "grade " + score.grade() + " (" + score.value() + ")" : grade(c.report())), scoreDetail(null, c.report())));
            return;
        }
        ObjectNode detail = Reports.JSON.valueToTree(c.diff());
        detail.remove("sections");
        detail.remove("old");
        detail.remove("new");
        List<String> reReview = Reviews.reReviewNeeded(reg, v.id());
        detail.set("decisionsToReReview", Reports.JSON.valueToTree(reReview));
        events.add(event(reg, v, Event.Kind.POLICY_CHANGED, now, version, latest, changeSummary(c.diff(), reReview), detail));
        if (before != null && !before.grade().equals(grade(c.report()))) {
            events.add(event(reg, v, Event.Kind.GRADE_CHANGED, now, version, latest,
                    "grade " + before.grade() + " -> " + grade(c.report()) + " (score " + before.score() + " -> " + score.value() + ")",
                    scoreDetail(before, c.report())));
        }
    }

    /** "policy changed: data fields added: keystroke patterns; score 71 (C) -> 64 (D); 1 decision needs re-review". */
    static String changeSummary(PolicyDiff diff, List<String> reReview) {
        StringBuilder sb = new StringBuilder("policy changed");
        List<String> parts = new ArrayList<>(diff.factChangesInWords());
        if (parts.isEmpty()) {
            parts.add(diff.findings().isEmpty() ? "wording only, no fact or finding changed" : diff.findings().size() + " findings changed status");
        }
        sb.append(": ").append(String.join("; ", parts));
        PolicyDiff.Score s = diff.score();
        sb.append("; score ").append(s.oldValue()).append(" (").append(s.oldGrade() == null ? NOT_ASSESSED : s.oldGrade()).append(") -> ")
                .append(s.newValue()).append(" (").append(s.newGrade() == null ? NOT_ASSESSED : s.newGrade()).append(")");
        if (!reReview.isEmpty()) {
            sb.append("; ").append(reReview.size()).append(reReview.size() == 1 ? " decision needs" : " decisions need").append(" re-review");
        }
        return sb.toString();
    }

    private static void insertEvaluation(Register reg, long versionId, Report report, String fingerprint, Instant now) throws SQLException {
        long id = reg.sql.insert("INSERT INTO evaluations (version_id, rules_fingerprint, profiles, score, grade, failed_high, summary, "
                + "evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", versionId, fingerprint, String.join(",", report.score().profiles()),
                report.score().value(), grade(report), failedHigh(report), FactsSummary.json(report), now);
        reg.sql.update("INSERT INTO reports (evaluation_id, digest, report) VALUES (?, ?, ?)", id, Reports.digestJson(report), Reports.write(report));
    }

    /** The grade as the register keeps it: the letter, or "not assessed" for a policy in a language ppcheck cannot read. */
    static String grade(Report report) {
        return report.score().assessed() ? report.score().grade() : NOT_ASSESSED;
    }

    private static int failedHigh(Report report) {
        return (int) report.failed().stream().filter(f -> f.severity().equals("high")).count();
    }

    private static JsonNode scoreDetail(Evaluation before, Report after) {
        ObjectNode d = Reports.JSON.createObjectNode();
        if (before != null) {
            d.put("oldScore", before.score()).put("oldGrade", before.grade());
        }
        return d.put("newScore", after.score().value()).put("newGrade", grade(after));
    }

    static Event event(Register reg, RegisteredVendor v, Event.Kind kind, Instant at, Version version, Version previous, String summary,
                       JsonNode detail) throws SQLException {
        long id = reg.sql.insert("INSERT INTO events (vendor_id, kind, at, version_id, previous_version_id, summary, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                v.id(), kind.label(), at, id(version), id(previous), summary, detail.toString());
        return new Event(id, v.name(), kind, Sql.time(Sql.time(at)), version == null ? null : version.seq(),
                version == null ? null : version.snapshot(), previous == null ? null : previous.snapshot(), summary, detail);
    }

    private static Long id(Version v) {
        return v == null ? null : v.id();
    }
}
