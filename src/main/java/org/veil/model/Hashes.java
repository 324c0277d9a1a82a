package org.veil.model;

/** Lower-case hex digests computed in one read of the bytes. */
public record Hashes(String md5, String sha1, String sha256) {}
