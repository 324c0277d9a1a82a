package org.veil.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.jcodec.common.io.SeekableByteChannel;

/**
 * A read-only view of a video's bytes that stops answering once its time is up. JCodec is a
 * pure-Java decoder without a time limit: a damaged or hostile file can keep it seeking and reading
 * for ever, holding an ingest worker. Every read and seek checks the deadline, so such a file ends
 * as a {@link MediaException} like any other unreadable video and the ingest goes on.
 */
final class DeadlineChannel implements SeekableByteChannel {
  /** Thrown through JCodec when the time is up; recognised on the way out. */
  static final class TimeUp extends IOException {
    TimeUp(Duration budget) {
      super("gave up after " + budget.toSeconds() + " s: the video may be damaged");
    }
  }

  private final SeekableByteChannel delegate;
  private final Duration budget;
  private final long deadline;

  DeadlineChannel(SeekableByteChannel delegate, Duration budget) {
    this.delegate = delegate;
    this.budget = budget;
    this.deadline = System.nanoTime() + budget.toNanos();
  }

  private void check() throws TimeUp {
    if (System.nanoTime() - deadline >= 0) {
      throw new TimeUp(budget);
    }
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    check();
    return delegate.read(dst);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    throw new IOException("evidence is read-only");
  }

  @Override
  public long position() throws IOException {
    return delegate.position();
  }

  @Override
  public SeekableByteChannel setPosition(long newPosition) throws IOException {
    check();
    delegate.setPosition(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return delegate.size();
  }

  @Override
  public SeekableByteChannel truncate(long size) throws IOException {
    throw new IOException("evidence is read-only");
  }

  @Override
  public boolean isOpen() {
    return delegate.isOpen();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
