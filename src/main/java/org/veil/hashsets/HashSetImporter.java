package org.veil.hashsets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.veil.audit.AuditLog;
import org.veil.model.Category;
import org.veil.model.CategoryScheme;
import org.veil.model.HashSetFormat;
import org.veil.model.HashSetKind;
import org.veil.model.KnownHashSet;
import org.veil.store.CaseDatabase;
import org.veil.store.HashSetStore;
import org.veil.store.NsrlFile;
import org.veil.store.TagStore;

/**
 * Imports a known-hash set into a case. The set's file is only read; its SHA-256 is computed in the
 * same read that parses it, so the recorded hash is of the bytes actually imported.
 */
public final class HashSetImporter {
  private final HashSetStore store;
  private final TagStore tags;
  private final AuditLog audit;

  public HashSetImporter(CaseDatabase db, AuditLog audit) {
    this.store = new HashSetStore(db);
    this.tags = new TagStore(db);
    this.audit = audit;
  }

  /**
   * How to read a set.
   *
   * @param format null to tell from the file: SQLite is NSRL, JSON is VICS, anything else a list
   * @param scheme the category scheme of a CSV list's category column (VICS is always VIC US)
   * @param known treat a plain list as known, ignorable files like NSRL
   */
  public record Options(HashSetFormat format, String scheme, boolean known) {
    public static Options detect() {
      return new Options(null, CategoryScheme.VIC_US, false);
    }
  }

  public KnownHashSet importFile(String examiner, Path file, String name, Options options)
      throws IOException {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a hash set needs a name");
    }
    if (name.strip().length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a hash set name is one line of at most 200 characters");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + file);
    }
    Path source = file.toAbsolutePath().normalize();
    HashSetFormat format = options.format() == null ? detect(source) : options.format();
    Instant now = audit.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    return switch (format) {
      case NSRL -> importNsrl(examiner, source, name.strip(), now);
      case VICS ->
          importCopied(
              examiner,
              source,
              name.strip(),
              format,
              CategoryScheme.VIC_US,
              HashSetKind.CATEGORIES,
              now);
      case LIST -> importList(examiner, source, name.strip(), options, now);
    };
  }

  /** Tells the format from the first bytes: SQLite header, a JSON object, or text. */
  public static HashSetFormat detect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(16);
      if (new String(head, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
        return HashSetFormat.NSRL;
      }
      String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
      return text.startsWith("{") ? HashSetFormat.VICS : HashSetFormat.LIST;
    }
  }

  private KnownHashSet importNsrl(String examiner, Path source, String name, Instant now)
      throws IOException {
    String version;
    long count;
    try (NsrlFile nsrl = NsrlFile.open(source)) {
      version = nsrl.version();
      count = nsrl.count();
    }
    String sha256 = sha256(source);
    KnownHashSet header =
        new KnownHashSet(
            0,
            name,
            HashSetFormat.NSRL,
            version,
            HashSetKind.KNOWN,
            null,
            source.toString(),
            sha256,
            Files.size(source),
            who(examiner),
            now,
            count,
            0);
    return store.register(
        header,
        set -> audit.entry(examiner, "hashset.imported", "hashset:" + set.id(), facts(set)));
  }

  private KnownHashSet importList(
      String examiner, Path source, String name, Options options, Instant now) throws IOException {
    HashListReader.Shape shape;
    try (InputStream in = Files.newInputStream(source)) {
      shape = HashListReader.shape(in);
    }
    HashSetKind kind =
        options.known()
            ? HashSetKind.KNOWN
            : shape.hasCategories() ? HashSetKind.CATEGORIES : HashSetKind.ALERT;
    String scheme = kind == HashSetKind.CATEGORIES ? schemeOrDefault(options.scheme()) : null;
    return importCopied(examiner, source, name, HashSetFormat.LIST, scheme, kind, now);
  }

  private KnownHashSet importCopied(
      String examiner,
      Path source,
      String name,
      HashSetFormat format,
      String scheme,
      HashSetKind kind,
      Instant now)
      throws IOException {
    Set<String> values = scheme == null ? Set.of() : values(scheme);
    MessageDigest digest = newSha256();
    KnownHashSet header =
        new KnownHashSet(
            0,
            name,
            format,
            null,
            kind,
            scheme,
            source.toString(),
            "pending",
            Files.size(source),
            who(examiner),
            now,
            0,
            0);
    HashSetStore.RecordSource records =
        sink -> {
          try (InputStream in =
              new DigestInputStream(
                  new BufferedInputStream(Files.newInputStream(source)), digest)) {
            HashSetStore.Parsed parsed =
                format == HashSetFormat.VICS
                    ? VicsReader.read(in, sink)
                    : HashListReader.read(in, values, sink);
            in.transferTo(java.io.OutputStream.nullOutputStream()); // hash every byte
            return new HashSetStore.Parsed(
                parsed.skipped(), parsed.version(), HexFormat.of().formatHex(digest.digest()));
          }
        };
    return store.importEntries(
        header,
        records,
        set -> audit.entry(examiner, "hashset.imported", "hashset:" + set.id(), facts(set)));
  }

  private String schemeOrDefault(String scheme) {
    String id = scheme == null ? CategoryScheme.VIC_US : scheme;
    if (tags.scheme(id).isEmpty()) {
      throw new IllegalArgumentException("no category scheme " + id);
    }
    return id;
  }

  private Set<String> values(String scheme) {
    return tags.scheme(scheme).orElseThrow().categories().stream()
        .map(Category::value)
        .collect(Collectors.toSet());
  }

  static Map<String, Object> facts(KnownHashSet set) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", set.name());
    details.put("format", set.format().label());
    details.put("version", set.version());
    details.put("kind", set.kind().label());
    details.put("scheme", set.scheme());
    details.put("source", set.sourcePath());
    details.put("source_sha256", set.sourceSha256());
    details.put("source_size", set.sourceSize());
    details.put("records", set.records());
    details.put("skipped", set.skipped());
    return details;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newSha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String who(String examiner) {
    return examiner == null || examiner.isBlank() ? "unknown" : examiner;
  }
}
