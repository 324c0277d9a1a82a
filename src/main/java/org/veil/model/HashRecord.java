package org.veil.model;

/**
 * One entry of a known-hash set. Hashes are lower-case hex or null; at least one is present.
 *
 * @param category the value in the set's scheme, or null
 * @param size the file size in bytes when the set gives it
 * @param name a file name (NSRL) when the set gives it
 */
public record HashRecord(
    String md5,
    String sha1,
    String sha256,
    String category,
    Long size,
    String name,
    String mediaId,
    String series,
    String tags,
    String comments,
    Boolean precategorized,
    Boolean victimIdentified) {

  /** An entry that is only hashes (plain lists, NSRL). */
  public static HashRecord ofHashes(String md5, String sha1, String sha256) {
    return new HashRecord(md5, sha1, sha256, null, null, null, null, null, null, null, null, null);
  }
}
