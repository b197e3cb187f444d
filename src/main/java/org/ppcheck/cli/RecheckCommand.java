package org.ppcheck.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.ppcheck.check.Checker;
import org.ppcheck.register.Event;
import org.ppcheck.register.Recheck;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.register.Reviews;
import org.ppcheck.register.VendorStatus;
import org.ppcheck.register.Webhook;
import org.ppcheck.util.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck recheck}: check the register's vendors again and record what changed. */
@Command(name = "recheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check the register's vendors again (all, or those named): a new version is recorded only when a policy's "
                + "text changed, with events for changes, grade changes, failed fetches and reviews that are due.")
final class RecheckCommand extends BaseCommand {
    @Mixin
    RegisterMixin register;

    @Mixin
    RunMixin run;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "the vendors to recheck (default: all)")
    List<String> names = List.of();

    @Option(names = "--due", description = "only the vendors whose review is due")
    boolean due;

    @Option(names = "--rescore", description = "fetch nothing: evaluate the stored versions again with the current rules and profiles")
    boolean rescore;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each event as JSON to this URL (retried; a failing receiver never fails the recheck)")
    URI webhookUrl;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR, ExitCode.SOME_FAILED);
    }

    @Override
    ExitCode execute() throws CliException {
        if (webhookUrl != null && !List.of("http", "https").contains(String.valueOf(webhookUrl.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new CliException(ExitCode.USAGE_ERROR, "--webhook " + webhookUrl + ": give an http:// or https:// URL", null);
        }
        Checker checker = new Checker(run.settings());
        try (Register reg = register.open(this)) {
            List<RegisteredVendor> vendors = reg.vendors(names);
            if (due) {
                List<String> dueNames = new Reviews(reg).statuses(LocalDate.now(ZoneOffset.UTC)).stream().filter(VendorStatus::due)
                        .map(s -> s.vendor().name()).toList();
                vendors = vendors.stream().filter(v -> dueNames.contains(v.name())).toList();
            }
            if (vendors.isEmpty()) {
                say(names.isEmpty() && !due ? "no vendors in " + reg.name() + "; add some with 'ppcheck vendors add' or 'ppcheck vendors import'"
                        : "no vendor to recheck");
                return ExitCode.OK;
            }
            Webhook webhook = webhookUrl == null ? null : new Webhook(webhookUrl, reg.id(), Duration.ofMillis(500), this::say);
            List<Recheck.Outcome> outcomes;
            try {
                outcomes = new Recheck(checker, reg, webhook, Clock.systemUTC()).run(vendors, rescore, this::print);
            } finally {
                if (webhook != null) {
                    webhook.close();
                }
            }
            long failed = outcomes.stream().filter(Recheck.Outcome::failed).count();
            long events = outcomes.stream().mapToLong(o -> o.events().size()).sum();
            say(outcomes.size() + " vendors rechecked (" + failed + " failed), " + events + " events recorded in " + reg.name());
            return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
        } catch (RegisterException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        }
    }

    private void print(Recheck.Outcome o) {
        out().println(TerminalText.escape(o.vendor().name() + ": " + o.result()));
        for (Event e : o.events()) {
            out().println(TerminalText.escape("  " + e.kind().label() + ": " + e.summary()));
        }
        out().flush();
    }
}
