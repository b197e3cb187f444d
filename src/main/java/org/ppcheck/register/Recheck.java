package org.ppcheck.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.ppcheck.check.BatchRun;
import org.ppcheck.check.Checker;
import org.ppcheck.check.Failure;
import org.ppcheck.check.PolicySource;
import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.report.Report;

/**
 * {@code ppcheck recheck}: fetches (conditionally, through the archive) or reads each vendor's
 * policy, and records a new version only when its text changed ({@link TextFingerprint}); checks
 * it only when its text or the rules are new. With {@code rescore}, nothing is fetched: every stored
 * version is evaluated again with the current rules. Vendors are observed on the checker's threads,
 * each within its time budget, and recorded one at a time in the order given, each in its own
 * transaction; each event recorded goes to the webhook, if any.
 */
public final class Recheck {
    private static final int ATTEMPTS = 5;

    /** What the recheck of one vendor came to, in words, with the events it recorded. */
    public record Outcome(RegisteredVendor vendor, String result, List<Event> events, boolean failed) { }

    private final Checker checker;
    private final Register register;
    private final Webhook webhook;
    private final Clock clock;

    /** A recheck with the checker's settings into the register; {@code webhook} may be null. */
    public Recheck(Checker checker, Register register, Webhook webhook, Clock clock) {
        this.checker = checker;
        this.register = register;
        this.webhook = webhook;
        this.clock = clock;
    }

    /** Rechecks the vendors (or, with {@code rescore}, evaluates their stored versions again) and hands each outcome to {@code onEach}, in order. */
    public List<Outcome> run(List<RegisteredVendor> vendors, boolean rescore, Consumer<Outcome> onEach) throws RegisterException {
        List<Callable<List<Observation>>> tasks = new ArrayList<>();
        for (RegisteredVendor v : vendors) {
            tasks.add(() -> rescore ? rescore(v) : List.of(observe(v)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        RegisterException[] broken = new RegisterException[1];
        new BatchRun<List<Observation>>(checker.settings().jobs(), checker.settings().timeBudget()).run(tasks, outcome -> {
            RegisteredVendor v = vendors.get(outcomes.size());
            if (broken[0] != null) {
                outcomes.add(new Outcome(v, "not recorded: the register failed", List.of(), true));
                return;
            }
            try {
                Failure failure = Failure.of(outcome, checker.settings().timeBudget());
                List<Observation> observed = failure == null ? outcome.value() : List.of(new Observation.Failed(register.latestVersion(v.id()), failure.reason()));
                Outcome done = record(v, observed, rescore);
                outcomes.add(done);
                onEach.accept(done);
            } catch (RegisterException e) {
                broken[0] = e;
                outcomes.add(new Outcome(v, "not recorded: " + e.getMessage(), List.of(), true));
            }
        });
        if (broken[0] != null) {
            throw broken[0];
        }
        return outcomes;
    }

    private Outcome record(RegisteredVendor v, List<Observation> observed, boolean rescore) throws RegisterException {
        List<Event> events = new ArrayList<>();
        String result = "unchanged";
        boolean failed = false;
        for (Observation o : observed) {
            List<Event> recorded = null;
            for (int attempt = 1; recorded == null && attempt <= ATTEMPTS; attempt++) {
                // the register's vendor row, as fresh as the recording needs it (its failure count)
                RegisteredVendor now = register.vendors(List.of(v.name())).get(0);
                recorded = Recorder.record(register, now, o, Instant.now(clock));
                if (recorded == null) {
                    o = observe(now); // another process recorded a version meanwhile: look again
                }
            }
            if (recorded == null) {
                throw new RegisterException("could not record " + v.name() + ": other processes kept changing it; run recheck again");
            }
            events.addAll(recorded);
            if (o instanceof Observation.Failed f) {
                result = "failed: " + f.reason();
                failed = true;
            } else if (o instanceof Observation.Changed c) {
                result = c.diff() == null ? "first version, " + (c.report().score().assessed() ? "grade " + c.report().score().grade() : Recorder.NOT_ASSESSED) : "changed: new version";
            } else if (o instanceof Observation.Evaluated) {
                result = rescore ? "evaluated again" : "unchanged, evaluated with new rules";
            }
        }
        if (webhook != null) {
            events.forEach(webhook::send);
        }
        return new Outcome(v, result, events, failed);
    }

    /** Fetches or reads the vendor's policy and says how it compares with the latest version. */
    private Observation observe(RegisteredVendor v) throws RegisterException {
        Version latest = register.latestVersion(v.id());
        Extraction.Extracted extracted;
        try {
            extracted = checker.loadArchived(PolicySource.of(v.source()));
        } catch (InputException | FetchException e) {
            return new Observation.Failed(latest, Failure.of(e).reason());
        }
        String hash = TextFingerprint.of(extracted.text());
        String fingerprint = checker.settings().rules().fingerprint();
        if (latest != null && latest.textHash().equals(hash)) {
            return register.evaluation(latest.id(), fingerprint) != null ? new Observation.Unchanged(latest)
                    : new Observation.Evaluated(latest, latest, checker.check(extracted), fingerprint);
        }
        Report report = checker.check(extracted);
        PolicyDiff diff = latest == null ? null : diffWithVersion(latest, report, extracted.text());
        Extraction.Origin origin = extracted.origin();
        return new Observation.Changed(latest, origin.snapshot(), extracted.contentType().name(), hash, origin.url(), origin.finalUrl(),
                Instant.parse(origin.fetchedAt()), report, fingerprint, diff);
    }

    /**
     * What changed from a stored version to the new report and text, both seen with the current
     * rules: the old version's evaluation with these rules is read from the register when it has one
     * (its text is still read from the archive, for the changed sections); else it is checked again.
     */
    private PolicyDiff diffWithVersion(Version old, Report report, StructuredText text) throws RegisterException {
        StructuredText oldText;
        Report oldReport;
        try {
            Extraction.Extracted before = checker.loadSnapshot(old.snapshot(), ContentType.valueOf(old.contentType()));
            oldText = before.text();
            Evaluation known = register.evaluation(old.id(), checker.settings().rules().fingerprint());
            oldReport = known != null ? register.report(known) : checker.check(before);
        } catch (InputException e) {
            // the archive lost the old document: compare with its stored report, section by section nothing
            Evaluation stored = register.latestEvaluation(old.id());
            oldReport = register.report(stored);
            oldText = new StructuredText("", "", List.of());
        }
        return PolicyDiff.of(oldReport, oldText, report, text);
    }

    /** Each stored version of the vendor that the current rules have not evaluated, evaluated. */
    private List<Observation> rescore(RegisteredVendor v) throws RegisterException {
        String fingerprint = checker.settings().rules().fingerprint();
        List<Version> versions = register.versions(v.id());
        Version latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<Observation> out = new ArrayList<>();
        for (Version version : versions) {
            if (register.evaluation(version.id(), fingerprint) != null) {
                continue;
            }
            try {
                Extraction.Extracted e = checker.loadSnapshot(version.snapshot(), ContentType.valueOf(version.contentType()));
                out.add(new Observation.Evaluated(latest, version, checker.check(e), fingerprint));
            } catch (InputException e) {
                out.add(new Observation.Failed(latest, "version " + version.seq() + ": " + e.getMessage()));
            }
        }
        if (out.isEmpty()) {
            out.add(new Observation.Unchanged(latest));
        }
        return out;
    }
}
