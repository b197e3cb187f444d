package org.ppcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ppcheck.register.AtomFeed;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.RegisteredVendor;
import org.ppcheck.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck feed [NAME]}: the register's events as an Atom 1.0 feed. */
@Command(name = "feed", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Write the register's events (of every vendor, or of NAME) as an Atom 1.0 feed, newest first, "
                + "each change linking the two snapshots it compares.")
final class FeedCommand extends BaseCommand {
    @Mixin
    RegisterMixin register;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "one vendor (default: all)")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = "write the feed to FILE (atomically) instead of stdout")
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "the newest N events (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--base-url", paramLabel = "URL", description = "link snapshots as URL/snapshots/HEX (a server that publishes them) "
            + "instead of sha256:HEX")
    String baseUrl;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws CliException {
        String feed;
        try (Register reg = register.open(this)) {
            RegisteredVendor v = name == null ? null : reg.vendor(name);
            feed = AtomFeed.write(reg.id(), v == null ? null : v.name(), reg.events(v, Math.max(1, limit)), baseUrl, Instant.now());
        } catch (RegisterException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        }
        if (out == null) {
            out().print(feed);
            out().flush();
            return ExitCode.OK;
        }
        try {
            AtomicFiles.write(out, feed);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE_ERROR, out + ": cannot write the feed (" + e.getMessage() + "); check --out", e);
        }
        say("wrote " + out);
        return ExitCode.OK;
    }
}
