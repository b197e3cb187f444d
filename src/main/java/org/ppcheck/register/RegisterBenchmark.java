package org.ppcheck.register;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.ppcheck.compare.PolicyDiff;
import org.ppcheck.compare.Vendors;
import org.ppcheck.extract.Extraction;
import org.ppcheck.report.Report;

/**
 * Fills a register for {@code ppcheck bench register}: many vendors with many versions each, every
 * version recorded as a recheck records it (a version, its evaluation and report, a change event
 * with its diff), the versions of a vendor cycling through a few real policies checked once.
 * A third of the vendors have an overall decision, a tenth a decision on a rule.
 */
public final class RegisterBenchmark {
    private static final int VENDORS_PER_TRANSACTION = 50;

    /** A real policy, checked: the material of the versions. */
    public record Sample(Extraction.Extracted extracted, Report report) { }

    private RegisterBenchmark() {
    }

    /** Adds {@code vendors} vendors of {@code versions} versions each, a day apart from {@code start}; {@code progress} hears of each vendor added. */
    public static void fill(Register reg, int vendors, int versions, List<Sample> samples, String fingerprint, Instant start,
                            IntConsumer progress) throws RegisterException {
        List<PolicyDiff> diffs = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample a = samples.get(i);
            Sample b = samples.get((i + 1) % samples.size());
            diffs.add(PolicyDiff.of(a.report(), a.extracted().text(), b.report(), b.extracted().text()));
        }
        for (int first = 0; first < vendors; first += VENDORS_PER_TRANSACTION) {
            int from = first;
            reg.transaction(() -> {
                for (int n = from; n < Math.min(vendors, from + VENDORS_PER_TRANSACTION); n++) {
                    vendor(reg, n, versions, samples, diffs, fingerprint, start);
                    progress.accept(n + 1);
                }
                return null;
            });
        }
    }

    private static void vendor(Register reg, int n, int versions, List<Sample> samples, List<PolicyDiff> diffs, String fingerprint,
                               Instant start) throws RegisterException {
        String name = String.format("Vendor %05d", n);
        RegisteredVendor v = reg.add(new Vendors.Vendor(name, "https://vendor" + n + ".example/privacy", List.of(n % 2 == 0 ? "saas" : "ads"),
                "owner" + n % 7, java.time.Period.ofDays(90)), start);
        Version latest = null;
        for (int seq = 1; seq <= versions; seq++) {
            int s = (n + seq) % samples.size();
            Sample sample = samples.get(s);
            Instant at = start.plus(Duration.ofDays(seq));
            String textHash = "sha256:" + Extraction.sha256((name + "/" + seq).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Observation o = new Observation.Changed(latest, "sha256:" + sample.extracted().sha256(), sample.extracted().contentType().name(),
                    textHash, v.source(), v.source(), at, sample.report(), fingerprint,
                    latest == null ? null : diffs.get((s - 1 + samples.size()) % samples.size()));
            if (Recorder.record(reg, reg.vendor(name), o, at) == null) {
                throw new RegisterException("the benchmark's register changed under it; give it a register of its own");
            }
            latest = reg.latestVersion(v.id());
            if (seq == versions / 2 && n % 3 == 0) {
                new Reviews(reg).decide(name, null, "approve", "owner" + n % 7, "benchmark", at.plusSeconds(60));
            }
            if (seq == versions / 2 && n % 10 == 0) {
                String rule = sample.report().findings().get(0).rule();
                new Reviews(reg).decide(name, rule, "approve-with-conditions", "owner" + n % 7, "", at.plusSeconds(90));
            }
        }
    }
}
