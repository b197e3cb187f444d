package org.ppcheck.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ppcheck.util.TerminalText;

/**
 * The vendors to compare or to keep in the register: a CSV file (header {@code name,source,tags};
 * {@code url} or {@code path} may stand for {@code source}; tags separated by {@code ;}), the first
 * sheet of an XLSX workbook with the same columns, a YAML list of mappings with the same keys, or a
 * directory whose every policy file is a vendor named after the file. Optional columns:
 * {@code owner}, who answers for the vendor, and {@code review-every} (or {@code review_every}),
 * how often it is reviewed ({@link #parsePeriod}). A CSV may start with Excel's byte-order mark and
 * use {@code ,}, {@code ;} or tab, whichever its header uses. Relative paths are relative to the
 * vendor file. Every problem of a file is reported at once, each where it is.
 */
public final class Vendors {
    /** {@code 90d}, {@code 12w}, {@code 6m}, {@code 1y}. */
    private static final Pattern SHORT_PERIOD = Pattern.compile("(\\d{1,5})\\s*([dwmyDWMY])");

    /**
     * One vendor: its name (kept in Unicode NFC), where its policy is (a URL or a file), tags for
     * grouping, and, when the list gives them, its owner and how often it is reviewed (else null).
     */
    public record Vendor(String name, String source, List<String> tags, String owner, Period reviewEvery) {
        public Vendor {
            name = VendorNames.nfc(name);
            tags = List.copyOf(tags);
        }

        /** A vendor without owner or review period. */
        public Vendor(String name, String source, List<String> tags) {
            this(name, source, tags, null, null);
        }

        public boolean isUrl() {
            String s = source.toLowerCase(Locale.ROOT);
            return s.startsWith("http://") || s.startsWith("https://");
        }

        /**
         * The name as a file name ({@code vendors/SLUG.json}) and HTML id: lower-case ASCII, at most 69
         * characters, distinct for distinct names (see {@link VendorNames}).
         */
        public String slug() {
            return VendorNames.slug(name);
        }
    }

    /** A vendor file that cannot be used: every problem found, each one line saying what is wrong and where. */
    public static final class VendorsException extends Exception {
        private final List<String> problems;

        public VendorsException(String message) {
            this(List.of(message));
        }

        public VendorsException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        /** The problems, one line each, in the order of the file. */
        public List<String> problems() {
            return problems;
        }
    }

    private Vendors() {
    }

    /** The vendors of a CSV, XLSX or YAML file or of a directory of policies ({@code policyFiles} lists the latter's files). */
    public static List<Vendor> read(Path input, List<Path> policyFiles) throws VendorsException {
        List<Vendor> vendors;
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(input)) {
            vendors = new ArrayList<>();
            for (Path p : policyFiles) {
                String file = p.getFileName().toString();
                int dot = file.lastIndexOf('.');
                vendors.add(new Vendor(dot > 0 ? file.substring(0, dot) : file, p.toString(), List.of()));
            }
        } else if (!Files.exists(input)) {
            throw new VendorsException(input + ": no such file or directory; give a CSV, XLSX or YAML vendor list or a directory of policies");
        } else {
            vendors = new ArrayList<>();
            for (VendorTables.VendorRow row : VendorTables.read(input, problems)) {
                Vendor v = vendor(input, row, problems);
                if (v != null) {
                    vendors.add(v);
                }
            }
        }
        Map<String, Vendor> slugs = new HashMap<>();
        for (Vendor v : vendors) {
            Vendor same = slugs.putIfAbsent(v.slug(), v);
            if (same != null) {
                problems.add(input + ": " + sameName(same, v) + "; give each vendor a distinct name");
            }
        }
        if (!problems.isEmpty()) {
            throw new VendorsException(problems);
        }
        if (vendors.isEmpty()) {
            throw new VendorsException(input + ": no vendors in it");
        }
        return vendors;
    }

    /**
     * Why two vendors would share a report file: the same name, or names that differ only in case,
     * spaces or hyphens. The names are escaped for the terminal the message is printed on.
     */
    private static String sameName(Vendor a, Vendor b) {
        String nameA = TerminalText.escape(a.name());
        String nameB = TerminalText.escape(b.name());
        if (a.name().equals(b.name())) {
            return "two vendors are named '" + nameA + "'";
        }
        if (VendorNames.isPlain(a.name())) {
            return "the vendors '" + nameA + "' and '" + nameB + "' differ only in case, spaces or hyphens";
        }
        return "the vendors '" + nameA + "' and '" + nameB + "' would share the report file " + a.slug() + ".json";
    }

    /** The vendor of a row, or null after a problem with it. */
    private static Vendor vendor(Path file, VendorTables.VendorRow row, List<String> problems) {
        String name = row.value("name").strip();
        String source = VendorTables.SOURCE_COLUMNS.stream().map(row::value).map(String::strip).filter(v -> !v.isEmpty())
                .findFirst().orElse("");
        if (name.isEmpty() || source.isEmpty()) {
            problems.add(row.where() + ": needs both a name and a source (a URL or a file)");
            return null;
        }
        Period every = null;
        VendorTables.Field period = row.fields().get("review-every");
        if (period != null && !period.value().isBlank()) {
            try {
                every = parsePeriod(period.value());
            } catch (IllegalArgumentException e) {
                problems.add(period.where() + ": review-every: " + e.getMessage());
                return null;
            }
        }
        String owner = row.value("owner").strip();
        boolean url = source.toLowerCase(Locale.ROOT).startsWith("http://") || source.toLowerCase(Locale.ROOT).startsWith("https://");
        if (!url && !Path.of(source).isAbsolute()) {
            source = file.toAbsolutePath().getParent().resolve(source).normalize().toString();
        }
        List<String> tags = Stream.of(row.value("tags").split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new Vendor(name, source, tags, owner.isEmpty() ? null : owner, every);
    }

    /**
     * How often a vendor is to be reviewed: a number and a unit ({@code 90d}, {@code 12w},
     * {@code 6m}, {@code 1y}) or an ISO 8601 period ({@code P3M}, {@code P1Y6M}), longer than zero.
     *
     * @throws IllegalArgumentException when the text is none of these; the message says which forms are accepted
     */
    public static Period parsePeriod(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = SHORT_PERIOD.matcher(t);
        Period period = null;
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            period = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "d" -> Period.ofDays(n);
                case "w" -> Period.ofWeeks(n);
                case "m" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
        } else if (t.startsWith("P") || t.startsWith("p")) {
            try {
                period = Period.parse(t);
            } catch (DateTimeParseException e) {
                period = null; // reported below with the accepted forms
            }
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("'" + t + "' is not a review period; use a number of days, weeks, months or years "
                    + "(90d, 12w, 6m, 1y) or an ISO 8601 period such as P3M, longer than zero");
        }
        return period;
    }
}
