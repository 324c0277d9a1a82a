package org.veil;

public final class Launcher {
  public static void main(String[] args) {}
}
