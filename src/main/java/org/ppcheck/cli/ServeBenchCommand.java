package org.ppcheck.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterBenchmark;
import org.ppcheck.rules.RulesLoader;
import org.ppcheck.web.WebApp;
import org.ppcheck.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ppcheck bench serve}: fills a new register with many vendors, starts the web app on it in
 * this process and times the portfolio page ({@code GET /}) as a browser asks for it over loopback,
 * after one untimed request.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure the web app: fill a new register with VENDORS x VERSIONS, then time the portfolio page.")
final class ServeBenchCommand extends BaseCommand {
    @Option(names = "--vendors", paramLabel = "N", defaultValue = "1000", description = "vendors (default: ${DEFAULT-VALUE})")
    int vendors;

    @Option(names = "--versions", paramLabel = "N", defaultValue = "3", description = "versions of each vendor (default: ${DEFAULT-VALUE})")
    int versions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "15", description = "timed requests (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--policies", paramLabel = "DIR", defaultValue = "policies-corpus",
            description = "the real policies the versions cycle through (default: ${DEFAULT-VALUE})")
    Path policies;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws Exception {
        Path temp = Files.createTempDirectory("ppcheck-bench");
        try (Register reg = Register.open(temp.resolve("register.db").toString())) {
            long fill = System.nanoTime();
            RegisterBenchmark.fill(reg, vendors, versions, RegisterBenchCommand.samples(policies), "bench", Instant.parse("2026-01-01T00:00:00Z"),
                    n -> { });
            out().printf("filled: %d vendors x %d versions in %.1f s%n", vendors, versions, (System.nanoTime() - fill) / 1e9);
            CheckSettings checks = CheckSettings.defaults(new RulesChoice(RulesLoader.loadDefault().select(List.of()), "bench"))
                    .withArchive(temp.resolve("archive"));
            try (WebApp app = WebApp.start(WebSettings.local(0, checks), reg)) {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest get = HttpRequest.newBuilder(URI.create(app.url() + "/")).GET().build();
                long first = System.nanoTime();
                int bytes = http.send(get, HttpResponse.BodyHandlers.ofString()).body().length();
                double firstMs = (System.nanoTime() - first) / 1e6;
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    long t = System.nanoTime();
                    http.send(get, HttpResponse.BodyHandlers.ofString());
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                ms.sort(null);
                out().printf("portfolio page (GET /, %d kB): first %.0f ms; then median %.0f ms, slowest %.0f ms (%d requests; target under 300 ms)%n",
                        bytes / 1000, firstMs, ms.get(ms.size() / 2), ms.get(ms.size() - 1), ms.size());
            }
            out().flush();
            return ExitCode.OK;
        } finally {
            RegisterBenchCommand.deleteTree(temp);
        }
    }
}
