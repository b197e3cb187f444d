package org.ppcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, and never more than the size limit, whatever the file claims. */
class InputFilesTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String NOT_A_FILE = "is not a regular file (a device, FIFO or socket); ppcheck reads files";

    @TempDir
    Path tmp;

    /** /dev/zero reports size 0 and never ends: it used to pass the size check and fill the heap. */
    @Test
    void aDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> Extraction.fromFile(zero))
                .isInstanceOf(InputException.class).hasMessage(NOT_A_FILE));
    }

    /** Opening a FIFO for reading blocks until a writer comes: its type is checked before it is opened. */
    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = tmp.resolve("vendor.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> Extraction.fromFile(fifo))
                .isInstanceOf(InputException.class).hasMessage(NOT_A_FILE));
    }

    @Test
    void aLinkToADeviceIsRefusedAndALinkToAFileIsRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Path toDevice = Files.createSymbolicLink(tmp.resolve("zero.txt"), zero);
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> Extraction.fromFile(toDevice))
                .isInstanceOf(InputException.class).hasMessage(NOT_A_FILE));
        Path policy = Files.writeString(tmp.resolve("policy.txt"), "We collect your email address.");
        Path toPolicy = Files.createSymbolicLink(tmp.resolve("link.txt"), policy);
        assertThat(Extraction.fromFile(toPolicy).text().text()).isEqualTo("We collect your email address.");
        Files.delete(toDevice); // the temporary folder's clean-up warns of a link that leads out of it
    }

    /** A file in /proc says it is empty and holds more: reading stops one byte past the limit. */
    @Test
    void readingStopsAtTheLimitWhateverSizeTheFileClaims() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "no /proc file that understates its size");
        Limits tiny = new Limits(16, 1, 1, 200, 1000);
        assertThatThrownBy(() -> Extraction.fromFile(status, tiny))
                .isInstanceOf(InputException.class).hasMessage("is over the limit of 16 bytes (see --max-input-size)");
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSize() throws IOException {
        Path big = Files.write(tmp.resolve("big.txt"), new byte[3 * 1024 * 1024]);
        Limits oneMb = new Limits(1024 * 1024, 1, 1, 200, 1000);
        assertThatThrownBy(() -> Extraction.fromFile(big, oneMb))
                .isInstanceOf(InputException.class).hasMessage("is 3 MB, over the limit of 1 MB (see --max-input-size)");
    }

    @Test
    void aDirectoryAndAMissingFileGetTheirOwnMessages() {
        assertThatThrownBy(() -> Extraction.fromFile(tmp)).isInstanceOf(InputException.class).hasMessage("is a directory");
        assertThatThrownBy(() -> Extraction.fromFile(tmp.resolve("missing.txt")))
                .isInstanceOf(InputException.class).hasMessage("no such file; check the path");
    }

    @Test
    void aPolicyReadFromAFileKeepsItsBytesDigest() throws Exception {
        byte[] bytes = "We collect your email address.".getBytes(StandardCharsets.UTF_8);
        Path policy = Files.write(tmp.resolve("p.txt"), bytes);
        assertThat(Extraction.fromFile(policy).sha256()).isEqualTo(Extraction.sha256(bytes));
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false; // no mkfifo on the PATH
        }
    }
}
