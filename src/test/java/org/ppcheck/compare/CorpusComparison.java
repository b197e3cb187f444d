package org.ppcheck.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.CompareRun;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.report.CorpusFiles;

/** Every policy of policies-corpus/ as a vendor named after its file, and one vendor whose file is missing, compared and ranked. */
final class CorpusComparison {
    /** The vendor whose source does not exist. */
    static final String MISSING = "Ghost Corp";

    private CorpusComparison() {
    }

    static List<Comparison.Result> run(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("name,source\n");
        for (Path p : CorpusFiles.policies()) {
            csv.append(p.getFileName().toString().replaceAll("\\..*", "")).append(',').append(p.toAbsolutePath()).append('\n');
        }
        csv.append(MISSING).append(',').append(dir.resolve("missing.html")).append('\n');
        List<Vendors.Vendor> vendors = Vendors.read(Files.writeString(dir.resolve("vendors.csv"), csv), List.of());
        Checker checker = new Checker(CheckSettings.defaults(RulesChoice.load(null, List.of())).withJobs(2));
        return CompareRun.run(checker, vendors, dir.resolve("comparison"), dir, false, () -> { });
    }
}
