package io.newsflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a broker data directory, taken before Kafka touches it.
 *
 * <p>Why our own: Kafka locks its log directories only once the log manager starts, after the KRaft
 * metadata log is already open, so a second broker on the same directory (a second {@code newsflow run}
 * on one data dir) is not refused: it hangs with a spinning raft thread and risks the data. This lock
 * refuses it up front, whether the other broker is in this JVM or in another process.
 */
final class DataDirLock {
    static final String FILE_NAME = ".newsflow-broker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the lock file " + file, e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            // Held by another broker of this JVM: reported below like one of another process.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not lock " + file, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("The broker data directory " + dir + " is in use by another running"
                    + " newsflow broker (in this or another process); stop it or choose another data directory.");
        }
        return new DataDirLock(channel, lock);
    }

    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to release.
        }
    }
}
