package org.ppcheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.ppcheck.register.Register;
import org.ppcheck.web.Users;
import org.ppcheck.web.WebApp;
import org.ppcheck.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ppcheck serve}: the web app on the register, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Serve the register as a web app: portfolio, vendor pages with evidence, changes, comparisons, decisions and a "
                + "JSON API. Listens on 127.0.0.1 unless --bind says otherwise; any other address needs --auth.")
final class ServeCommand extends BaseCommand {
    @Mixin
    RegisterMixin register;

    @Mixin
    RunMixin run;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}); another address than loopback needs --auth")
    String bind;

    @Option(names = "--auth", paramLabel = "FILE", description = "require signing in as a user of this file (made by 'ppcheck users add')")
    Path auth;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "10", description = "largest policy file 'Add vendor' accepts (default: ${DEFAULT-VALUE} MB)")
    int maxUploadMb;

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Override
    ExitCode execute() throws CliException, InterruptedException {
        String problem = WebSettings.bindProblem(bind, auth != null);
        if (problem != null) {
            throw new CliException(ExitCode.USAGE_ERROR, problem);
        }
        Users users = null;
        if (auth != null) {
            try {
                users = Users.load(auth);
            } catch (Users.UsersException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.problems(), e);
            }
        }
        WebSettings settings = new WebSettings(bind, port, run.settings(), users, (long) Math.max(1, maxUploadMb) * 1024 * 1024,
                System.getProperty("user.name", "local user"), Clock.systemUTC());
        Register reg = register.open(this);
        WebApp app;
        try {
            app = WebApp.start(settings, reg);
        } catch (RuntimeException e) {
            reg.close();
            throw new CliException(ExitCode.USAGE_ERROR, "cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); try another --port", e);
        }
        say("serving " + reg.name() + " at " + app.url() + (users == null ? " (no sign-in: this machine only)" : " (sign-in required)")
                + "; stop with Ctrl-C");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            reg.close();
            stopped.countDown();
        }, "ppcheck-serve-stop"));
        stopped.await();
        return ExitCode.OK;
    }
}
