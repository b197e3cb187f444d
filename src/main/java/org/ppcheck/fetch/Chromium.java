package org.ppcheck.fetch;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a Chromium binary is: the PPCHECK_CHROMIUM variable, then the usual names on the PATH. */
public final class Chromium {
    private Chromium() {
    }

    /** The binary, or null when none is installed. */
    public static Path find() {
        String override = System.getenv("PPCHECK_CHROMIUM");
        if (override != null && Files.isExecutable(Path.of(override))) {
            return Path.of(override);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
