package org.ppcheck.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ppcheck.util.TerminalText;

/**
 * The vendors to compare: a CSV file (header {@code name,source,tags}; {@code url} or {@code path}
 * may stand for {@code source}; tags separated by {@code ;}), a YAML list of mappings with the same
 * keys, or a directory whose every policy file is a vendor named after the file. Relative paths are
 * relative to the vendor file.
 */
public final class Vendors {
    /** One vendor: its name (kept in Unicode NFC), where its policy is (a URL or a file), and tags for grouping. */
    public record Vendor(String name, String source, List<String> tags, String owner, java.time.Period reviewEvery) {
        public Vendor {
            name = VendorNames.nfc(name);
            tags = List.copyOf(tags);
        }

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

    /** A vendor file that cannot be used; the message says what is wrong and where. */
    public static final class VendorsException extends Exception {
        public VendorsException(String message) {
            super(message);
        }
    }

    private Vendors() {
    }

    /** A review interval: {@code 90d}, {@code 12w}, {@code 6m}, {@code 1y} or an ISO period such as {@code P3M}. */
    public static java.time.Period parsePeriod(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return java.time.Period.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.matches("\\d{1,4}[dwmy]")) {
                int n = Integer.parseInt(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 'd' -> java.time.Period.ofDays(n);
                    case 'w' -> java.time.Period.ofWeeks(n);
                    case 'm' -> java.time.Period.ofMonths(n);
                    default -> java.time.Period.ofYears(n);
                };
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a period; write 90d, 12w, 6m, 1y or an ISO period such as P3M");
    }

    /** The vendors of a CSV or YAML file or of a directory of policies ({@code policyFiles} lists the latter's files). */
    public static List<Vendor> read(Path input, List<Path> policyFiles) throws VendorsException {
        List<Vendor> vendors;
        if (Files.isDirectory(input)) {
            vendors = new ArrayList<>();
            for (Path p : policyFiles) {
                String file = p.getFileName().toString();
                int dot = file.lastIndexOf('.');
                vendors.add(new Vendor(dot > 0 ? file.substring(0, dot) : file, p.toString(), List.of()));
            }
        } else if (!Files.exists(input)) {
            throw new VendorsException(input + ": no such file or directory; give a CSV or YAML vendor list or a directory of policies");
        } else {
            String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
            vendors = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(input) : csv(input);
        }
        Map<String, Vendor> slugs = new HashMap<>();
        for (Vendor v : vendors) {
            Vendor same = slugs.putIfAbsent(v.slug(), v);
            if (same != null) {
                throw new VendorsException(input + ": " + sameName(same, v) + "; give each vendor a distinct name");
            }
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

    private static List<Vendor> csv(Path file) throws VendorsException {
        List<Vendor> vendors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(in)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("name") || header.stream().noneMatch(h -> h.equals("source") || h.equals("url") || h.equals("path"))) {
                throw new VendorsException(file + ":1: the header must name the columns 'name' and 'source' (or 'url' or 'path'), e.g. name,source,tags");
            }
            for (CSVRecord r : parser) {
                Map<String, String> row = new HashMap<>();
                r.toMap().forEach((k, v) -> row.put(k.toLowerCase(Locale.ROOT), v));
                vendors.add(vendor(file, (int) r.getRecordNumber() + 1, row.get("name"), firstOf(row, "source", "url", "path"),
                        row.getOrDefault("tags", "")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new VendorsException(file + ": not a readable CSV vendor list (" + e.getMessage() + ")");
        }
        return vendors;
    }

    @SuppressWarnings("unchecked")
    private static List<Vendor> yaml(Path file) throws VendorsException {
        Object raw;
        try {
            raw = new ObjectMapper(org.ppcheck.util.SafeYaml.factory()).readValue(file.toFile(), Object.class);
        } catch (IOException e) {
            throw new VendorsException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (raw instanceof Map<?, ?> map && map.get("vendors") instanceof List<?> inner) {
            raw = inner;
        }
        if (!(raw instanceof List<?> list)) {
            throw new VendorsException(file + ": must be a list of vendors, each with 'name' and 'source' (or 'url' or 'path')");
        }
        List<Vendor> vendors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new VendorsException(file + ": vendors[" + i + "] must be a mapping with 'name' and 'source'");
            }
            Map<String, Object> row = (Map<String, Object>) m;
            Object tags = row.get("tags");
            String tagText = tags instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : tags == null ? "" : tags.toString();
            vendors.add(vendor(file, i, str(row.get("name")), firstOf(Map.of(
                    "source", str(row.get("source")), "url", str(row.get("url")), "path", str(row.get("path"))), "source", "url", "path"), tagText));
        }
        return vendors;
    }

    private static Vendor vendor(Path file, int where, String name, String source, String tags) throws VendorsException {
        if (name == null || name.isBlank() || source == null || source.isBlank()) {
            throw new VendorsException(file + ": entry " + where + " needs both a name and a source (a URL or a file)");
        }
        String s = source.strip();
        boolean url = s.toLowerCase(Locale.ROOT).startsWith("http://") || s.toLowerCase(Locale.ROOT).startsWith("https://");
        if (!url && !Path.of(s).isAbsolute()) {
            Path base = file.toAbsolutePath().getParent();
            s = base.resolve(s).normalize().toString();
        }
        List<String> tagList = Stream.of(tags.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new Vendor(name.strip(), s, tagList);
    }

    private static String firstOf(Map<String, String> row, String... keys) {
        for (String k : keys) {
            String v = row.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
