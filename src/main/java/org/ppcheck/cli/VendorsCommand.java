package org.ppcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ppcheck.check.PolicySource;
import org.ppcheck.compare.Vendors;
import org.ppcheck.register.Register;
import org.ppcheck.register.RegisterException;
import org.ppcheck.register.Reviews;
import org.ppcheck.register.VendorStatus;
import org.ppcheck.util.CsvText;
import org.ppcheck.util.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppcheck vendors}: the vendors of the register (add, import, list, remove). */
@Command(name = "vendors", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keep the list of vendors in the register: add, import, list, remove.",
        subcommands = {VendorsCommand.Add.class, VendorsCommand.Import.class, VendorsCommand.ListVendors.class, VendorsCommand.Remove.class})
final class VendorsCommand extends BaseCommand {
    @Override
    ExitCode execute() throws CliException {
        throw new CliException(ExitCode.USAGE_ERROR, "missing subcommand: add, import, list or remove (see 'ppcheck vendors --help')", null);
    }

    @Override
    List<ExitCode> exitCodes() {
        return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
    }

    /** The exit codes of every vendors subcommand. */
    abstract static class Sub extends BaseCommand {
        @Mixin
        RegisterMixin register;

        @Override
        List<ExitCode> exitCodes() {
            return List.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE_ERROR);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Add a vendor: its NAME and where its policy is (SOURCE: a URL, a homepage is enough, or a file).")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "SOURCE")
        String source;

        @Option(names = "--tags", paramLabel = "A,B", split = ",", description = "tags for grouping and filtering")
        List<String> tags = new ArrayList<>();

        @Option(names = "--owner", paramLabel = "WHO", description = "who owns the relationship with the vendor")
        String owner;

        @Option(names = "--review-every", paramLabel = "PERIOD", description = "how often the vendor is reviewed: 90d, 12w, 6m, 1y or P3M")
        String reviewEvery;

        @Override
        ExitCode execute() throws CliException {
            Vendors.Vendor vendor = new Vendors.Vendor(name.strip(), source(source), tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList(),
                    owner, period(reviewEvery));
            try (Register reg = register.open(this)) {
                reg.add(vendor, Instant.now());
                say("added " + vendor.name() + " (" + vendor.source() + ") to " + reg.name() + "; run 'ppcheck recheck " + vendor.name()
                        + "' to check it");
                return ExitCode.OK;
            } catch (RegisterException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
            }
        }

        private static String source(String s) throws CliException {
            PolicySource p = PolicySource.of(s.strip());
            if (p.kind() != PolicySource.Kind.FILE) {
                return p.location();
            }
            Path file = Path.of(p.location());
            if (!Files.isRegularFile(file)) {
                throw new CliException(ExitCode.USAGE_ERROR, s + ": no such policy file; give a URL (https://...) or a policy file", null);
            }
            return file.toAbsolutePath().normalize().toString();
        }

        private static java.time.Period period(String text) throws CliException {
            if (text == null) {
                return null;
            }
            try {
                return Vendors.parsePeriod(text);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCode.USAGE_ERROR, "--review-every " + text + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Add or update vendors from a list: CSV, YAML or XLSX with compare's columns (name, source, tags) "
                    + "and optional owner and review-every. Vendors already in the register are updated.")
    static final class Import extends Sub {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        ExitCode execute() throws CliException {
            List<Vendors.Vendor> vendors;
            try {
                vendors = Vendors.read(file, List.of());
            } catch (Vendors.VendorsException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
            }
            try (Register reg = register.open(this)) {
                Register.Imported done = reg.importVendors(vendors, Instant.now());
                say(file + ": " + done.added() + " added, " + done.updated() + " updated, " + done.unchanged() + " unchanged in " + reg.name());
                return ExitCode.OK;
            } catch (RegisterException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "List the vendors with their grade, versions, last check and change, review status and next review date.")
    static final class ListVendors extends Sub {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--due", description = "only the vendors whose review is due")
        boolean due;

        @Override
        ExitCode execute() throws CliException, IOException {
            if (!List.of("text", "json", "csv").contains(format.toLowerCase(Locale.ROOT))) {
                throw new CliException(ExitCode.USAGE_ERROR, "--format " + format + ": use text, json or csv", null);
            }
            List<VendorStatus> rows;
            try (Register reg = register.open(this)) {
                rows = new Reviews(reg).statuses(LocalDate.now(ZoneOffset.UTC));
            } catch (RegisterException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
            }
            if (due) {
                rows = rows.stream().filter(VendorStatus::due).toList();
            }
            out().print(switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> json(rows);
                case "csv" -> csv(rows);
                default -> text(rows);
            });
            out().flush();
            return ExitCode.OK;
        }

        private static final int[] WIDTHS = {28, 12, 8, 10, 10, 26, 11};

        private static String text(List<VendorStatus> rows) {
            if (rows.isEmpty()) {
                return "No vendors. Add one with 'ppcheck vendors add NAME SOURCE'.\n";
            }
            StringBuilder sb = new StringBuilder(rows.size() * 120);
            line(sb, "VENDOR", "GRADE", "VERSIONS", "CHECKED", "CHANGED", "REVIEW", "NEXT", "LAST CHECK");
            for (VendorStatus s : rows) {
                line(sb, TerminalText.escape(s.vendor().name()), s.gradeText(),
                        String.valueOf(s.versions()), day(s.vendor().lastCheckedAt()), day(s.lastChanged()),
                        s.reviewStatus(), s.nextReview() == null ? "-" : s.nextReview() + (s.due() ? "!" : ""), check(s));
            }
            return sb.toString();
        }

        /** One line of the table: each column padded to its width (a longer value pushes the rest right). */
        private static void line(StringBuilder sb, String... columns) {
            for (int i = 0; i < columns.length; i++) {
                sb.append(columns[i]);
                if (i < WIDTHS.length) {
                    sb.append(" ".repeat(Math.max(1, WIDTHS[i] + 1 - columns[i].length())));
                }
            }
            sb.append('\n');
        }

        private static String check(VendorStatus s) {
            if (s.vendor().lastCheckedAt() == null) {
                return "never checked";
            }
            return s.vendor().fetchFailures() == 0 ? "ok"
                    : "failed " + s.vendor().fetchFailures() + "x: " + TerminalText.escape(s.vendor().lastFailure());
        }

        private static String json(List<VendorStatus> rows) throws IOException {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode list = json.createArrayNode();
            for (VendorStatus s : rows) {
                ObjectNode n = list.addObject();
                n.put("name", s.vendor().name()).put("source", s.vendor().source());
                n.set("tags", json.valueToTree(s.vendor().tags()));
                n.put("owner", s.vendor().owner()).put("reviewEvery", s.vendor().reviewEvery() == null ? null : s.vendor().reviewEvery().toString());
                n.put("versions", s.versions());
                n.put("grade", s.grade()).put("score", s.score()).put("failedHigh", s.failedHigh());
                n.put("version", s.latestVersion()).put("snapshot", s.snapshot());
                n.put("lastChecked", text(s.vendor().lastCheckedAt())).put("lastChanged", text(s.lastChanged()));
                n.put("fetchFailures", s.vendor().fetchFailures()).put("lastFailure", s.vendor().lastFailure());
                n.put("review", s.reviewStatus()).put("decision", s.decision() == null ? null : s.decision().decision())
                        .put("reReview", s.decision() == null ? null : s.decision().reReview())
                        .put("nextReview", s.nextReview() == null ? null : s.nextReview().toString()).put("due", s.due());
            }
            return json.writeValueAsString(list) + "\n";
        }

        private static String csv(List<VendorStatus> rows) throws IOException {
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("name", "source", "tags", "owner", "review_every",
                    "grade", "score", "versions", "last_checked", "last_changed", "review", "next_review", "due", "fetch_failures").get())) {
                for (VendorStatus s : rows) {
                    csv.printRecord(Stream.of(s.vendor().name(), s.vendor().source(), String.join(";", s.vendor().tags()),
                            s.vendor().owner() == null ? "" : s.vendor().owner(), s.vendor().reviewEvery() == null ? "" : s.vendor().reviewEvery().toString(),
                            s.grade(), s.score() == null ? "" : String.valueOf(s.score()),
                            String.valueOf(s.versions()), text(s.vendor().lastCheckedAt()), text(s.lastChanged()),
                            s.reviewStatus(), s.nextReview() == null ? "" : s.nextReview().toString(), String.valueOf(s.due()),
                            String.valueOf(s.vendor().fetchFailures())).map(c -> c == null ? "" : CsvText.cell(c)).toList());
                }
            }
            return out.toString();
        }

        private static String day(Instant t) {
            return t == null ? "-" : t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }

        private static String text(Instant t) {
            return t == null ? null : t.toString();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Remove a vendor from the lists; its versions, events and decisions stay unless --purge.")
    static final class Remove extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--purge", description = "also delete everything recorded of the vendor (the archive keeps its documents)")
        boolean purge;

        @Override
        ExitCode execute() throws CliException {
            try (Register reg = register.open(this)) {
                reg.remove(name, purge, Instant.now());
                say("removed " + name + (purge ? " and everything recorded of it" : " (its history is kept; 'vendors add' brings it back)"));
                return ExitCode.OK;
            } catch (RegisterException e) {
                throw new CliException(ExitCode.USAGE_ERROR, e.getMessage(), e);
            }
        }
    }
}
