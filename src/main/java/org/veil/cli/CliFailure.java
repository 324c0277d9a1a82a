package org.veil.cli;

/** An expected failure: printed as one line on stderr, exit code 2, no stack trace. */
public final class CliFailure extends RuntimeException {
  public CliFailure(String message) {
    super(message);
  }
}
