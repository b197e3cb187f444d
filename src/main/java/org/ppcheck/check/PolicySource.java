package org.ppcheck.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a policy comes from, as a user names it: a file, an http(s) URL (a homepage is enough), or
 * a snapshot of the archive written {@code sha256:HEX}. {@link Checker#load} turns it into text.
 */
public record PolicySource(Kind kind, String location) {
    /** The file endings a directory walk picks up; a file named on its own is read whatever its name. */
    public static final Set<String> POLICY_EXTENSIONS = Set.of("html", "htm", "xhtml", "pdf", "md", "markdown", "txt", "text");
    private static final Pattern SNAPSHOT = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final int MAX_NAME = 120;

    /** The kinds of source. */
    public enum Kind { FILE, URL, SNAPSHOT }

    /** The source a user means by {@code text}: a URL, a snapshot, or else a file path. */
    public static PolicySource of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new PolicySource(Kind.URL, text);
        }
        if (SNAPSHOT.matcher(text).matches()) {
            return new PolicySource(Kind.SNAPSHOT, text);
        }
        return new PolicySource(Kind.FILE, text);
    }

    /**
     * What an argument stands for: its sources, and the entries of a directory that were skipped,
     * each with the reason (for the user to see).
     */
    public record Expanded(List<PolicySource> sources, List<String> skipped) {
        public Expanded {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
        }
    }

    /** The sources an argument stands for (see {@link #expand(String, Path)}), without the skipped entries. */
    public static List<PolicySource> expand(String argument) throws IOException {
        return expand(argument, null).sources();
    }

    /**
     * The sources an argument stands for: a directory stands for every policy file below it, sorted
     * (none when it holds none), anything else for itself. Hidden files, README files and files
     * of other types are left out silently; policy files that are links leading nowhere or out of
     * the directory, FIFOs, devices and sockets are skipped and listed, and so is {@code exclude}
     * (a run's own output folder; may be null) with everything below it.
     */
    public static Expanded expand(String argument, Path exclude) throws IOException {
        PolicySource source = of(argument);
        if (source.kind() != Kind.FILE || !Files.isDirectory(Path.of(argument))) {
            return new Expanded(List.of(source), List.of());
        }
        Path dir = Path.of(argument);
        Path realDir = dir.toRealPath();
        Path realExclude = exclude != null && Files.isDirectory(exclude) ? exclude.toRealPath() : null;
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(dir) || isHidden(dir.relativize(p))) {
                    continue;
                }
                if (realExclude != null && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && p.toRealPath().equals(realExclude)) {
                    skipped.add(p + ": skipped: the output folder of this run");
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || !hasPolicyExtension(p)
                        || p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README.")) {
                    continue;
                }
                String why = skipReason(p, realDir, realExclude);
                if (why == null) {
                    files.add(p);
                } else if (!why.isEmpty()) {
                    skipped.add(p + ": skipped: " + why);
                }
            }
        }
        files.sort(null);
        skipped.sort(null);
        return new Expanded(files.stream().map(p -> new PolicySource(Kind.FILE, p.toString())).toList(), skipped);
    }

    /** Why a directory entry is not read ("" when it needs no word), or null when it is a regular file inside the tree. */
    private static String skipReason(Path p, Path realDir, Path realExclude) throws IOException {
        if (!Files.exists(p)) {
            return "a link that leads nowhere";
        }
        Path real = p.toRealPath();
        if (realExclude != null && real.startsWith(realExclude)) {
            return ""; // below the output folder, which is reported once
        }
        if (!real.startsWith(realDir)) {
            return "a link to " + real + ", outside the folder";
        }
        if (Files.isDirectory(real)) {
            return "a link to a folder (links to folders are not followed)";
        }
        return Files.isRegularFile(real) ? null : "not a regular file (a FIFO, device or socket)";
    }

    /** Whether the file's name ends with one of {@link #POLICY_EXTENSIONS}. */
    public static boolean hasPolicyExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && POLICY_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The base name of this source's report file: a file's name; for a URL, "acme.example_legal_privacy_x_1". */
    public String reportName() {
        return switch (kind) {
            case FILE -> {
                Path name = Path.of(location).getFileName();
                yield name == null ? "policy" : name.toString();
            }
            case SNAPSHOT -> location.replace(':', '-').substring(0, 7 + 16);
            case URL -> urlName(location);
        };
    }

    private static String urlName(String url) {
        String rest = url.replaceFirst("(?i)^https?://", "");
        try {
            URI u = URI.create(url);
            rest = u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            // not a well-formed URL: use the text as it is
        }
        String name = rest.replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "url" : name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    @Override
    public String toString() {
        return location;
    }
}
