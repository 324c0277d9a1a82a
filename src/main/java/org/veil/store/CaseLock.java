package org.veil.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code case.lock}, so a second process gets a clear error instead of two
 * writers racing on one database. The OS drops the lock when a process dies, so a crash never
 * leaves a stale lock behind.
 */
final class CaseLock implements AutoCloseable {
  static final String FILE_NAME = "case.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private CaseLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static CaseLock acquire(Path caseDir) throws CaseException {
    Path file = caseDir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new CaseException("cannot create the case lock " + file + ": " + e.getMessage(), e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        String holder = readHolder(file);
        channel.close();
        throw new CaseLockedException(
            "case is open in another window" + (holder.isBlank() ? "" : " (" + holder + ")"));
      }
      channel.truncate(0);
      channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid()), 0);
      channel.force(true);
      return new CaseLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new CaseLockedException("case is open in another window of this Veil");
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CaseException("cannot lock the case: " + e.getMessage(), e);
    }
  }

  private static String readHolder(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
