package org.ppcheck.cli;

import java.util.List;
import org.ppcheck.check.Failure;
import org.ppcheck.check.PolicyLoader;
import org.ppcheck.check.PolicySource;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.fetch.PolicyFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ppcheck fetch URL...}: find each vendor's policy, archive it, and say where it is, without checking it. */
@Command(name = "fetch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Find and archive the privacy policies at URLs (a homepage is enough); prints one line per URL.")
final class FetchCommand extends BaseCommand {
    @CommandLine.Mixin
    FetchOptionsMixin fetch;

    @CommandLine.Mixin
    LimitsMixin limits;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "http(s) URLs")
    List<String> urls;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR, ExitCode.FETCH_FAILED, ExitCode.NO_POLICY);
    }

    @Override
    ExitCode execute() {
        PolicyLoader loader = new PolicyLoader(limits.limits(), fetch.options(), fetch.archiveDir(), fetch.render);
        ExitCode exit = ExitCode.OK;
        for (String url : urls) {
            if (PolicySource.of(url).kind() != PolicySource.Kind.URL) {
                say(url + ": not an http(s) URL; 'ppcheck fetch' takes URLs (use 'ppcheck check' for files)");
                exit = exit.worst(ExitCode.USAGE_ERROR);
                continue;
            }
            try {
                PolicyFinder.Found found = loader.find(url);
                var doc = found.document();
                out().println(url + "\t" + doc.finalUri() + "\tHTTP " + doc.status() + "\t" + doc.body().length + " bytes\t"
                        + (found.snapshot() == null ? "-" : "sha256:" + found.snapshot()) + "\t" + found.how());
            } catch (FetchException e) {
                error(url + ": " + e.getMessage(), e);
                exit = exit.worst(CheckCommand.exitFor(Failure.of(e)));
            }
        }
        if (exit == ExitCode.OK) {
            say("archive: " + fetch.archiveDir());
        }
        return exit;
    }
}
