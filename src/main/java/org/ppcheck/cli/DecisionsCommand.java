package org.ppcheck.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ppcheck.compare.ChecklistDecisions;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.Reviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck decisions import CHECKLIST.xlsx}: load the decisions of a filled-in checklist into the register. */
@Command(name = "decisions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reviewer decisions made outside the register.", subcommands = DecisionsCommand.Import.class)
final class DecisionsCommand extends BaseCommand {
    @Override
    ExitCode execute() throws CliException {
        throw new CliException(ExitCode.USAGE_ERROR, "missing subcommand: import (see 'ppcheck decisions --help')");
    }

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Load the 'Reviewer decision' and 'Reviewer notes' of a checklist.xlsx that compare wrote into the register, "
                    + "each on its vendor's latest version and rule; all or nothing.")
    static final class Import extends BaseCommand {
        @Mixin
        RegisterMixin register;

        @Parameters(paramLabel = "CHECKLIST.xlsx")
        Path checklist;

        @Option(names = "--by", paramLabel = "WHO", description = "who decided (default: the name of the user running ppcheck)")
        String by;

        @Override
        List<ExitCode> exitCodes() {
            return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
        }

        @Override
        ExitCode execute() throws CliException {
            ChecklistDecisions read;
            try {
                read = ChecklistDecisions.read(checklist);
            } catch (ChecklistDecisions.ChecklistException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
            }
            if (!read.problems().isEmpty()) {
                List<String> lines = new java.util.ArrayList<>(read.problems());
                lines.add(checklist + ": nothing imported; correct the cells above and import again");
                throw new CliException(ExitCode.USAGE_ERROR, lines, null);
            }
            String who = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name");
            try (Register reg = register.open(this)) {
                Reviews.Imported done = new Reviews(reg).importChecklist(read, who, Instant.now());
                done.notes().forEach(this::say);
                say(checklist + ": " + done.recorded() + " decisions recorded by " + who + ", " + done.unchanged() + " already in force, in " + reg.name());
                return ExitCode.OK;
            } catch (RegisterException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage() + "; nothing imported", e);
            }
        }
    }
}
