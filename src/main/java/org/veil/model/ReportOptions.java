package org.veil.model;

/**
 * What a report shows beyond its fixed sections.
 *
 * @param clearPreviews show thumbnails unblurred; the default is blurred, and asking for clear ones
 *     is itself recorded in the audit log
 * @param blurStrength 0..10, as the workstation's blur
 * @param contextMessages how many messages before and after each tagged message to show
 */
public record ReportOptions(boolean clearPreviews, int blurStrength, int contextMessages) {
  public static final ReportOptions DEFAULT = new ReportOptions(false, 6, 2);

  public ReportOptions {
    if (contextMessages < 0 || contextMessages > 50) {
      throw new IllegalArgumentException("context messages must be 0..50, not " + contextMessages);
    }
  }

  public ReportOptions withClearPreviews(boolean clear) {
    return new ReportOptions(clear, blurStrength, contextMessages);
  }
}
