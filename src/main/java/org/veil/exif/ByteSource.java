package org.veil.exif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Random access to a file's bytes, so the container scan reads headers without loading media. */
sealed interface ByteSource {
  long size() throws IOException;

  /** Reads up to {@code length} bytes at {@code position}; returns fewer only at the end. */
  byte[] read(long position, int length) throws IOException;

  static ByteSource of(byte[] bytes) {
    return new InMemory(bytes);
  }

  static ByteSource of(FileChannel channel) {
    return new OnDisk(channel);
  }

  record InMemory(byte[] bytes) implements ByteSource {
    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public byte[] read(long position, int length) {
      if (position < 0 || position >= bytes.length || length <= 0) {
        return new byte[0];
      }
      int end = (int) Math.min(bytes.length, position + length);
      byte[] out = new byte[end - (int) position];
      System.arraycopy(bytes, (int) position, out, 0, out.length);
      return out;
    }
  }

  /** Positioned reads only: the channel's own position is left for the metadata-extractor pass. */
  record OnDisk(FileChannel channel) implements ByteSource {
    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public byte[] read(long position, int length) throws IOException {
      long size = channel.size();
      if (position < 0 || position >= size || length <= 0) {
        return new byte[0];
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, size - position));
      while (buffer.hasRemaining()) {
        int read = channel.read(buffer, position + buffer.position());
        if (read < 0) {
          break;
        }
      }
      return buffer.position() == buffer.capacity()
          ? buffer.array()
          : java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }
  }
}
