package org.veil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.veil.task.NamedThreads;

/**
 * One SQLite file in WAL mode with {@code synchronous=FULL}: a committed transaction survives a
 * crash or power loss. All writes go through one writer thread, so there is never a writer race;
 * reads use a small pool of query-only connections that WAL lets run beside the writer.
 */
public final class CaseDatabase implements AutoCloseable {
  private static final int READERS = 4;

  private final String url;
  private final String threadName;
  private final Connection writer;
  private final ExecutorService writerThread;
  private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
  private final List<Connection> allReaders = new ArrayList<>();
  private volatile boolean closed;

  private CaseDatabase(String url, String threadName, Connection writer) {
    this.url = url;
    this.threadName = threadName;
    this.writer = writer;
    this.writerThread = Executors.newSingleThreadExecutor(NamedThreads.factory(threadName));
  }

  /** Opens (creating if needed) the database and brings its schema up to date. */
  static CaseDatabase open(Path file, String migrationsFolder, String threadName)
      throws CaseException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Connection connection = DriverManager.getConnection(url);
      configure(connection, false);
      Migrations.forResource(migrationsFolder).apply(connection, file.getFileName().toString());
      return new CaseDatabase(url, threadName, connection);
    } catch (SQLException e) {
      throw new CaseException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  private static void configure(Connection connection, boolean readOnly) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = 30000");
      if (!readOnly) {
        statement.execute("PRAGMA journal_mode = WAL");
      }
      statement.execute("PRAGMA synchronous = FULL");
      statement.execute("PRAGMA foreign_keys = ON");
      if (readOnly) {
        statement.execute("PRAGMA query_only = 1");
      }
    }
  }

  /** Runs {@code work} in one transaction on the writer thread and waits for it. */
  public <T> T write(SqlWork<T> work) {
    try {
      return writeAsync(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while writing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreException store) {
        throw store;
      }
      // a service refusing bad input inside a write reports it as it was said
      if (e.getCause() instanceof IllegalArgumentException refused) {
        throw refused;
      }
      throw new StoreException("write failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Queues {@code work} as one transaction on the writer thread. */
  public <T> CompletableFuture<T> writeAsync(SqlWork<T> work) {
    if (closed) {
      return CompletableFuture.failedFuture(new StoreException("case is closed", null));
    }
    return CompletableFuture.supplyAsync(() -> inTransaction(work), writerThread);
  }

  private <T> T inTransaction(SqlWork<T> work) {
    try {
      writer.setAutoCommit(false);
      try {
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("write failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on a query-only connection on the calling thread. */
  public <T> T read(SqlWork<T> work) {
    Connection connection = borrowReader();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("read failed: " + e.getMessage(), e);
    } finally {
      idleReaders.offer(connection);
    }
  }

  private Connection borrowReader() {
    Connection connection = idleReaders.poll();
    if (connection != null) {
      return connection;
    }
    synchronized (allReaders) {
      if (allReaders.size() < READERS) {
        try {
          Connection fresh = DriverManager.getConnection(url);
          configure(fresh, true);
          allReaders.add(fresh);
          return fresh;
        } catch (SQLException e) {
          throw new StoreException("cannot open a reader: " + e.getMessage(), e);
        }
      }
    }
    try {
      return idleReaders.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a reader", e);
    }
  }

  String threadName() {
    return threadName;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    writerThread.shutdown();
    try {
      writerThread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      // readers first: an open read transaction would make the checkpoint wait
      synchronized (allReaders) {
        for (Connection reader : allReaders) {
          reader.close();
        }
      }
      // fold the WAL back so the case folder is one self-contained file when closed
      try (Statement statement = writer.createStatement()) {
        statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      writer.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database: " + e.getMessage(), e);
    }
  }
}
