package org.veil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.veil.model.Hashes;

/** MD5, SHA-1 and SHA-256 over the same bytes in one read, as courts and hash sets expect. */
public final class MultiHasher {
  private final MessageDigest md5;
  private final MessageDigest sha1;
  private final MessageDigest sha256;
  private long length;

  public MultiHasher() {
    try {
      md5 = MessageDigest.getInstance("MD5");
      sha1 = MessageDigest.getInstance("SHA-1");
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has MD5, SHA-1 and SHA-256", e);
    }
  }

  public void update(byte[] bytes, int offset, int count) {
    md5.update(bytes, offset, count);
    sha1.update(bytes, offset, count);
    sha256.update(bytes, offset, count);
    length += count;
  }

  public long length() {
    return length;
  }

  public Hashes finish() {
    HexFormat hex = HexFormat.of();
    return new Hashes(
        hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
  }

  public static Hashes of(byte[] bytes) {
    MultiHasher hasher = new MultiHasher();
    hasher.update(bytes, 0, bytes.length);
    return hasher.finish();
  }

  /** Adds the rest of a stream; the caller owns and closes it. */
  public void updateFrom(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 20];
    for (int n; (n = in.read(buffer)) > 0; ) {
      update(buffer, 0, n);
    }
  }

  /** Hashes a stream to its end; the caller owns and closes it. */
  public static Hashes of(InputStream in) throws IOException {
    MultiHasher hasher = new MultiHasher();
    hasher.updateFrom(in);
    return hasher.finish();
  }
}
