package org.ppcheck.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppcheck.compare.Comparison;
import org.ppcheck.compare.Comparison.Result;
import org.ppcheck.compare.SourcePaths;
import org.ppcheck.compare.Vendors.Vendor;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.report.Format;
import org.ppcheck.report.Report;
import org.ppcheck.util.AtomicFiles;

/**
 * Checks many vendors in a budgeted batch and keeps each vendor's JSON report in
 * {@code OUT/vendors/} as soon as it is done. A run that is interrupted can be run again: a
 * vendor's earlier report is reused only when it was made with the same rules ({@code OUT/run.json})
 * from the same bytes: the source is read again (a URL is asked again, conditionally, so an
 * unchanged page costs a 304) and its SHA-256 compared. A vendor that fails or runs past the time
 * budget is listed with its reason and never stops the others. The reports name a local source
 * relative to a base folder ({@link SourcePaths}), so that they can be shared and still resume.
 */
public final class CompareRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CompareRun() {
    }

    /**
     * Checks the vendors with the checker's settings and returns the results ranked (best score
     * first, failed vendors last, ties by name); each report names its source relative to {@code base}
     * (see {@link SourcePaths#shown(String, Path)}), the vendors keep theirs as listed; {@code fresh}
     * checks every vendor again; {@code onEach} hears of each vendor done, in the order of the list
     * (for a progress bar).
     */
    public static List<Result> run(Checker checker, List<Vendor> vendors, Path out, Path base, boolean fresh, Runnable onEach)
            throws IOException {
        Path reports = out.resolve("vendors");
        Files.createDirectories(reports);
        String fingerprint = checker.settings().rules().fingerprint();
        boolean sameRun = !fresh && fingerprint.equals(readFingerprint(out));
        AtomicFiles.write(out.resolve("run.json"), JSON.writeValueAsString(Map.of("fingerprint", fingerprint)));
        List<Callable<Result>> tasks = new ArrayList<>();
        for (Vendor v : vendors) {
            tasks.add(() -> one(v, checker, reports, base, sameRun));
        }
        List<Result> results = new ArrayList<>();
        new BatchRun<Result>(checker.settings().jobs(), checker.settings().timeBudget()).run(tasks, outcome -> {
            Vendor v = vendors.get(results.size());
            Failure failure = Failure.of(outcome, checker.settings().timeBudget());
            results.add(failure == null ? outcome.value() : new Result(v, null, failure.reason(), failure.cause(), false));
            onEach.run();
        });
        return Comparison.rank(results);
    }

    private static Result one(Vendor v, Checker checker, Path reports, Path base, boolean sameRun) {
        Path file = reports.resolve(v.slug() + ".json");
        Extraction.Extracted extracted;
        try {
            extracted = checker.load(PolicySource.of(v.source()));
        } catch (InputException | FetchException e) {
            return new Result(v, null, InputException.oneLine(e.getMessage()), e, false);
        }
        Report earlier = sameRun ? earlier(file) : null;
        if (earlier != null && earlier.source().location().equals(SourcePaths.shown(v.source(), base))
                && extracted.sha256().equals(earlier.source().sha256())) {
            return new Result(v, earlier, null, null, true);
        }
        Report report = SourcePaths.shown(checker.check(extracted), base);
        try {
            AtomicFiles.write(file, Format.JSON.render(report));
        } catch (IOException e) {
            return new Result(v, null, "cannot write its report " + file + " (" + e.getMessage() + ")", e, false);
        }
        return new Result(v, report, null, null, false);
    }

    /** The report an earlier run wrote, or null when there is none or it cannot be read. */
    private static Report earlier(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), Report.class);
        } catch (IOException e) {
            return null; // an unreadable earlier report is checked again
        }
    }

    private static String readFingerprint(Path out) {
        try {
            return JSON.readTree(out.resolve("run.json").toFile()).path("fingerprint").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
