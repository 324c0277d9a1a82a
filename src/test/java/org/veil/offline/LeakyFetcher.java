package org.veil.offline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** What {@code NoNetworkCodeTest} must catch: a class that would fetch a URL. Never called. */
final class LeakyFetcher {
  private static final String ENDPOINT = "https://updates.veil.invalid/latest";

  private LeakyFetcher() {}

  static InputStream latest() throws IOException {
    return URI.create(ENDPOINT).toURL().openStream();
  }
}
