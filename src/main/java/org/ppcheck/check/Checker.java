package org.ppcheck.check;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.report.Report;

/**
 * The application's one door: loads policies from their sources ({@link PolicyLoader}) and checks
 * them with the run's settings, one at a time or in a budgeted batch. Front ends (CLI, register, web
 * app) build one per run and add only their own concerns. Safe for use by many threads.
 */
public final class Checker {
    private final CheckSettings settings;
    private final PolicyChecker pipeline;
    private final PolicyLoader loader;

    public Checker(CheckSettings settings) {
        this.settings = settings;
        this.loader = new PolicyLoader(settings.limits(), settings.fetch(), settings.archive(), settings.render());
        this.pipeline = new PolicyChecker(settings.rules().rules(), settings.limits());
    }

    public CheckSettings settings() {
        return settings;
    }

    /** The policy a source names, read and extracted; a URL's policy is found from its links and archived. */
    public Extraction.Extracted load(PolicySource source) throws InputException, FetchException {
        return loader.load(source);
    }

    /** The policy a source names, with its document kept in the archive even when it is a file (for the register). */
    public Extraction.Extracted loadArchived(PolicySource source) throws InputException, FetchException {
        return loader.loadArchived(source);
    }

    /** A snapshot of the archive ("sha256:..."), read as the kind of document it was recorded as. */
    public Extraction.Extracted loadSnapshot(String snapshot, org.ppcheck.extract.ContentType type) throws InputException {
        return loader.snapshot(snapshot, type);
    }

    /** Checks extracted text; stops with {@link org.ppcheck.util.Cancellation.CancelledException} when its thread is interrupted. */
    public Report check(Extraction.Extracted extracted) {
        return pipeline.check(extracted);
    }

    /** Loads and checks one source, on the calling thread and without a time budget. */
    public Report check(PolicySource source) throws InputException, FetchException {
        return check(load(source));
    }

    /**
     * Loads and checks every source on {@code settings.jobs()} threads, each within the time budget,
     * and hands each outcome to {@code inOrder} in the order of the sources. A source that fails never
     * stops the others.
     */
    public void checkAll(List<PolicySource> sources, Consumer<Checked> inOrder) {
        List<Callable<Checked>> tasks = new ArrayList<>();
        for (PolicySource source : sources) {
            tasks.add(() -> checkOne(source));
        }
        Iterator<PolicySource> order = sources.iterator();
        new BatchRun<Checked>(settings.jobs(), settings.timeBudget()).run(tasks, outcome -> {
            PolicySource source = order.next();
            Failure failure = Failure.of(outcome, settings.timeBudget());
            inOrder.accept(failure == null ? outcome.value() : Checked.failed(source, failure));
        });
    }

    private Checked checkOne(PolicySource source) {
        try {
            Extraction.Extracted extracted = load(source);
            return Checked.of(source, extracted, check(extracted));
        } catch (InputException | FetchException e) {
            return Checked.failed(source, Failure.of(e));
        }
    }

    /** What changed between two versions of a policy, both checked with this run's rules and time budget. */
    public PolicyDiff diff(PolicySource older, PolicySource newer) throws CheckFailedException {
        List<Checked> both = new ArrayList<>();
        checkAll(List.of(older, newer), both::add);
        for (Checked c : both) {
            if (c.failed()) {
                throw new CheckFailedException(c.source(), c.failure());
            }
        }
        return PolicyDiff.of(both.get(0).report(), both.get(0).extracted().text(), both.get(1).report(), both.get(1).extracted().text());
    }
}
