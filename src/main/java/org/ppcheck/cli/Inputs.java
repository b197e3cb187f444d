package org.ppcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the PATH arguments: a file stands for itself, a directory for every policy file below it. */
final class Inputs {
    /** The file endings a directory walk picks up; a file named on the command line is read whatever its name. */
    static final Set<String> POLICY_EXTENSIONS = Set.of("html", "htm", "xhtml", "pdf", "md", "markdown", "txt", "text");

    private Inputs() {
    }

    /**
     * One argument's files, sorted; a directory without policy files yields none. A directory walk
     * skips hidden files and README files, which describe a folder rather than being policies.
     */
    static List<Path> expand(Path arg) throws IOException {
        if (!Files.isDirectory(arg)) {
            return List.of(arg);
        }
        try (Stream<Path> walk = Files.walk(arg)) {
            List<Path> files = new ArrayList<>(walk
                    .filter(Files::isRegularFile)
                    .filter(p -> !isHidden(arg.relativize(p)))
                    .filter(Inputs::hasPolicyExtension)
                    .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README."))
                    .toList());
            files.sort(null);
            return files;
        }
    }

    static boolean hasPolicyExtension(Path p) {
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
}
