package org.ppcheck.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
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
     * The sources an argument stands for: a directory stands for every policy file below it, sorted
     * (none when it holds none; hidden files and README files are skipped), anything else for itself.
     */
    public static List<PolicySource> expand(String argument) throws IOException {
        PolicySource source = of(argument);
        if (source.kind() != Kind.FILE || !Files.isDirectory(Path.of(argument))) {
            return List.of(source);
        }
        Path dir = Path.of(argument);
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk
                    .filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(PolicySource::hasPolicyExtension)
                    .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README."))
                    .toList());
            files.sort(null);
            return files.stream().map(p -> new PolicySource(Kind.FILE, p.toString())).toList();
        }
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
