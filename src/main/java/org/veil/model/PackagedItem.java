package org.veil.model;

/**
 * One selected item's fate in an evidence package.
 *
 * @param packagePath where the copy is, relative to the package folder; null when not copied
 * @param reason why it was not copied (changed on disk since ingest, missing, not ingested), or
 *     null
 */
public record PackagedItem(long itemId, String path, String packagePath, String reason) {
  public boolean copied() {
    return reason == null;
  }
}
