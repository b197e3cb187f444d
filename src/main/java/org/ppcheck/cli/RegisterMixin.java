package org.ppcheck.cli;

import java.nio.file.Path;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import picocli.CommandLine.Option;

/**
 * {@code --db}, the register a command works on: a file (SQLite) or a jdbc:postgresql:// URL. It may
 * come after the command or before it ({@code ppcheck --db FILE vendors list}); without it,
 * {@code $PPCHECK_DB}, else {@code ~/.local/share/ppcheck/register.db}.
 */
final class RegisterMixin {
    /** The register used when neither --db nor $PPCHECK_DB names one. */
    static final Path DEFAULT_DB = Path.of(System.getProperty("user.home"), ".local", "share", "ppcheck", "register.db");

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "the vendor register: a SQLite file, or a jdbc:postgresql://HOST/DB URL for a team server "
                    + "(default: $PPCHECK_DB, else ~/.local/share/ppcheck/register.db)")
    String db;

    /** Opens the register this command names, or the one named before the command, or the default. */
    Register open(BaseCommand command) throws CliException {
        String location = db != null ? db : command.globalDb() != null ? command.globalDb() : System.getenv("PPCHECK_DB");
        if (location == null || location.isBlank()) {
            location = DEFAULT_DB.toString();
        }
        try {
            return Register.open(location);
        } catch (RegisterException e) {
            throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
        }
    }
}
