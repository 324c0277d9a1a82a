package org.veil.model;

/** An item's SHA-256, the input of exact-duplicate grouping. */
public record ItemSha256(long itemId, String sha256) {}
