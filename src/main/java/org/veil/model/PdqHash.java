package org.veil.model;

/**
 * A 256-bit PDQ perceptual hash (64 hex digits) and its quality (0-100); below 50 it is unreliable.
 */
public record PdqHash(String hex, int quality) {
  public static final int RELIABLE_QUALITY = 50;

  public boolean reliable() {
    return quality >= RELIABLE_QUALITY;
  }
}
