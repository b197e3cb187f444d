package org.ppcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The policies of policies-corpus/ that have an expected-facts file next to them. */
public final class CorpusFiles {
    public static final Path DIR = Path.of("policies-corpus");

    private CorpusFiles() {
    }

    public static List<Path> policies() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> Files.exists(expectedFile(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectedFile(Path policy) {
        return policy.resolveSibling(policy.getFileName() + ".expected.yaml");
    }
}
