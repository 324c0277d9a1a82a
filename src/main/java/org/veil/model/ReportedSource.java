package org.veil.model;

/**
 * An evidence source as a report lists it.
 *
 * @param fileHashes the hashes of the source file itself when the source is one file (an archive);
 *     null for a folder
 * @param contentDigest SHA-256 over the source's done items as {@code sha256sum} would list them
 *     ("{@code <sha256> <path>\n}" per item, sorted by path, UTF-8): a fingerprint of what was
 *     ingested that anyone can recompute from the item list
 */
public record ReportedSource(
    EvidenceSource source,
    long items,
    long done,
    long failed,
    long bytes,
    Hashes fileHashes,
    String contentDigest) {}
