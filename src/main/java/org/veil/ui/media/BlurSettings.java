package org.veil.ui.media;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.veil.media.Blur;

/** The blur strength and grayscale switch every media surface follows. */
public final class BlurSettings {
  private final IntegerProperty strength = new SimpleIntegerProperty(Blur.DEFAULT_STRENGTH);
  private final BooleanProperty grayscale = new SimpleBooleanProperty(false);

  public BlurSettings(int strength, boolean grayscale) {
    this.strength.set(strength);
    this.grayscale.set(grayscale);
  }

  public IntegerProperty strengthProperty() {
    return strength;
  }

  public BooleanProperty grayscaleProperty() {
    return grayscale;
  }

  public int strength() {
    return strength.get();
  }

  public boolean grayscale() {
    return grayscale.get();
  }
}
