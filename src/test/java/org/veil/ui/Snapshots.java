package org.veil.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes PNG snapshots of the UI to {@code veil.snapshots} (target/snapshots) for a human look. */
public final class Snapshots {
  private Snapshots() {}

  public static Path dir() throws IOException {
    String configured = System.getProperty("veil.snapshots", "target/snapshots");
    return Files.createDirectories(Path.of(configured));
  }

  /** Call on the FX thread. */
  public static BufferedImage write(Scene scene, String name) throws IOException {
    WritableImage image = scene.snapshot(null);
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    ImageIO.write(buffered, "png", dir().resolve(name + ".png").toFile());
    return buffered;
  }

  /** Call on the FX thread. */
  public static BufferedImage of(Node node) {
    return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
  }
}
