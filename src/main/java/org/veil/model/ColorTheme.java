package org.veil.model;

/** Dark by default: calmer over long reviews. */
public enum ColorTheme {
  DARK,
  LIGHT
}
