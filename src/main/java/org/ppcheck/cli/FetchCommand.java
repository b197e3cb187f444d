package org.ppcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ppcheck.fetch.FetchException;
import org.ppcheck.fetch.PolicyFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ppcheck fetch URL...}: find each vendor's policy, archive it, and say where it is, without checking it. */
@Command(name = "fetch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every URL gave a policy, now archived",
            "1:internal error (a bug: run again with --verbose and report it)",
            "2:bad usage",
            "3:a URL could not be fetched (network, HTTP error, timeout, too large, robots.txt, needs JavaScript)",
            "6:a URL was fetched but no privacy policy was found there"},
        description = "Find and archive the privacy policies at URLs (a homepage is enough); prints one line per URL.")
final class FetchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    FetchOptionsMixin fetch;

    @CommandLine.Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "http(s) URLs")
    List<String> urls;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExitCode exit = ExitCode.OK;
        for (String url : urls) {
            if (!FetchOptionsMixin.isUrl(url)) {
                err.println("ppcheck: " + url + ": not an http(s) URL; 'ppcheck fetch' takes URLs (use 'ppcheck check' for files)");
                exit = exit.worst(ExitCode.USAGE_ERROR);
                continue;
            }
            try {
                PolicyFinder.Found found = fetch.find(url);
                var doc = found.document();
                out.println(url + "\t" + doc.finalUri() + "\tHTTP " + doc.status() + "\t" + doc.body().length + " bytes\t"
                        + (found.snapshot() == null ? "-" : "sha256:" + found.snapshot()) + "\t" + found.how());
            } catch (FetchException e) {
                err.println("ppcheck: " + url + ": " + e.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
                exit = exit.worst(FetchOptionsMixin.exitFor(e));
            } catch (RuntimeException e) {
                err.println("ppcheck: " + url + ": internal error: " + e + " (run with --verbose for details)");
                if (verbose) {
                    e.printStackTrace(err);
                }
                exit = exit.worst(ExitCode.INTERNAL_ERROR);
            }
        }
        if (exit == ExitCode.OK) {
            err.println("ppcheck: archive: " + fetch.archiveDir());
        }
        return exit.code();
    }
}
