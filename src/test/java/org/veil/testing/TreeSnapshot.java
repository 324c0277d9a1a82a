package org.veil.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Every path below a folder with its SHA-256, size, mtime, permissions and owner. */
public final class TreeSnapshot {
  private TreeSnapshot() {}

  public static Map<String, String> of(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            out.put(root.relativize(dir) + "/", describe(dir, null));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String hash = attrs.isRegularFile() ? sha256(file) : "link";
            out.put(root.relativize(file).toString(), describe(file, hash));
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }

  private static String describe(Path path, String hash) throws IOException {
    PosixFileAttributes attrs =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return String.join(
        " ",
        hash == null ? "dir" : hash,
        Long.toString(attrs.isDirectory() ? 0 : attrs.size()),
        attrs.lastModifiedTime().toString(),
        java.nio.file.attribute.PosixFilePermissions.toString(attrs.permissions()),
        attrs.owner().getName());
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
