package org.ppcheck.check;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per output folder: a lock on {@code OUT/.ppcheck.lock}, held while a run writes there,
 * so that two runs into the same folder never mix their files. The operating system releases the
 * lock when the process ends, even when it is killed, so a stale lock file never blocks a later run.
 */
public final class OutputLock implements AutoCloseable {
    /** The lock file's name inside the output folder. */
    public static final String FILE_NAME = ".ppcheck.lock";

    private final FileChannel channel;
    private final FileLock lock;

    /** Thrown when another run holds the folder. */
    public static final class InUseException extends IOException {
        InUseException(Path out) {
            super(out + " is in use by another ppcheck run; wait for it to finish or choose another output folder");
        }
    }

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder (creating it if needed), or throws {@link InUseException} at once when another run has it. */
    public static OutputLock take(Path out) throws IOException {
        Files.createDirectories(out);
        FileChannel channel = FileChannel.open(out.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new InUseException(out);
            }
            return new OutputLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new InUseException(out);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
