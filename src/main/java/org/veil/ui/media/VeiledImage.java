package org.veil.ui.media;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.veil.ui.I18n;
import org.veil.ui.Icons;
import org.veil.ui.media.PictureCache.Key;
import org.veil.ui.media.PictureCache.Variant;

/**
 * The one component that draws evidence media, on every surface (gallery cells, preview, and later
 * duplicates, chats and search hits). It draws the blurred picture unless the {@link RevealPolicy}
 * says this item is revealed; holding the mouse on it reveals while held. The blurred picture comes
 * from the small thumbnail only; a large surface loads a larger decode only once revealed.
 */
public final class VeiledImage extends StackPane {
  private final RevealPolicy policy;
  private final PictureCache cache;
  private final BlurSettings blur;
  private final String surface;
  private final boolean large;
  private final ImageView view = new ImageView();
  private Label placeholder;
  private org.kordamp.ikonli.Ikon placeholderIcon = MaterialDesignF.FILE_OUTLINE;
  private String placeholderText = I18n.text("gallery.noPreview");
  private final Label veilMark;
  private final LongProperty itemId = new SimpleLongProperty(RevealPolicy.NONE);
  private int frame = -1;
  private final IntegerProperty rotation = new SimpleIntegerProperty(0);
  private final DoubleProperty zoom = new SimpleDoubleProperty(1);

  /** How long the mouse must be held on a picture to reveal it. */
  public static final javafx.util.Duration HOLD_TO_REVEAL = javafx.util.Duration.millis(350);

  private final javafx.animation.PauseTransition holdTimer =
      new javafx.animation.PauseTransition(HOLD_TO_REVEAL);
  private boolean holding;
  private PictureCache.Request pending;

  // held here, and only weakly by the shared policy and settings
  // (change, not invalidation, listeners: a refresh that returns early would leave a lazily
  // validated property invalid, and its next change unheard)
  private final javafx.beans.value.ChangeListener<Object> policyChanged =
      (obs, old, now) -> refresh();
  private Key shown;

  /**
   * @param surface where it is drawn, for the audit log ({@code gallery}, {@code preview})
   * @param large whether a revealed picture may load a larger decode than the thumbnail
   */
  public VeiledImage(
      RevealPolicy policy, PictureCache cache, BlurSettings blur, String surface, boolean large) {
    this.policy = policy;
    this.cache = cache;
    this.blur = blur;
    this.surface = surface;
    this.large = large;
    getStyleClass().add("veiled-image");
    view.setPreserveRatio(true);
    view.setSmooth(true);
    getChildren().add(view);
    // a large surface says it is veiled; in the gallery every cell is, so the mark would be noise
    if (large) {
      veilMark = new Label(null, Icons.of(MaterialDesignE.EYE_OFF_OUTLINE, 12));
      veilMark.getStyleClass().add("gallery-badge");
      StackPane.setAlignment(veilMark, Pos.TOP_RIGHT);
      veilMark.setMouseTransparent(true);
      getChildren().add(veilMark);
    } else {
      veilMark = null;
    }
    setMinSize(0, 0);
    if (large) {
      // only a large surface zooms; a clip on every gallery cell would slow the software renderer
      Rectangle clip = new Rectangle();
      clip.widthProperty().bind(widthProperty());
      clip.heightProperty().bind(heightProperty());
      setClip(clip);
    }

    itemId.addListener((obs, old, now) -> refresh());
    // The policy and the settings outlive every picture drawn with them: they hold this one
    // weakly, so a picture a view lets go of (a rebuilt card, a map tile) is collected with its
    // image instead of living, and redrawing, until the case closes.
    javafx.beans.value.WeakChangeListener<Object> weak =
        new javafx.beans.value.WeakChangeListener<>(policyChanged);
    policy.revealedItemProperty().addListener(weak);
    policy.allRevealedProperty().addListener(weak);
    blur.strengthProperty().addListener(weak);
    blur.grayscaleProperty().addListener(weak);
    rotation.addListener((obs, old, now) -> requestLayout());
    zoom.addListener((obs, old, now) -> requestLayout());
    // a click selects; only a press held past HOLD_TO_REVEAL reveals, so selecting never unveils
    holdTimer.setOnFinished(
        e -> {
          if (isRevealable()) {
            policy.hold(itemId.get(), surface);
            holding = true;
          }
        });
    setOnMousePressed(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && isRevealable()) {
            holdTimer.playFromStart();
          }
        });
    setOnMouseReleased(
        e -> {
          holdTimer.stop();
          if (holding) {
            holding = false;
            policy.release();
          }
        });
  }

  private boolean isRevealable() {
    return itemId.get() != RevealPolicy.NONE;
  }

  public LongProperty itemIdProperty() {
    return itemId;
  }

  public void show(long id) {
    itemId.set(id);
  }

  /** What to show when there is no picture (a failed item, an archive, a document). */
  public void setPlaceholder(org.kordamp.ikonli.Ikon icon, String text) {
    if (icon == placeholderIcon && text.equals(placeholderText)) {
      return;
    }
    placeholderIcon = icon;
    placeholderText = text;
    if (placeholder != null) {
      placeholder.setGraphic(Icons.of(icon, 28));
      placeholder.setText(text);
    }
  }

  /** Shows or hides the placeholder, creating it the first time it is needed. */
  private void placeholderVisible(boolean visible) {
    if (!visible) {
      if (placeholder != null) {
        placeholder.setVisible(false);
      }
      return;
    }
    if (placeholder == null) {
      placeholder = new Label(placeholderText, Icons.of(placeholderIcon, 28));
      placeholder.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
      placeholder.getStyleClass().add("no-preview");
      placeholder.setMouseTransparent(true);
      getChildren().add(1, placeholder);
    }
    placeholder.setVisible(true);
  }

  private void veilMarkVisible(boolean visible) {
    if (veilMark != null) {
      veilMark.setVisible(visible);
    }
  }

  /** Draws frame {@code index} of the item's video strip instead of the item's own picture. */
  public void showFrame(long id, int index) {
    frame = index;
    if (itemId.get() == id) {
      refresh();
    } else {
      itemId.set(id);
    }
  }

  public long itemId() {
    return itemId.get();
  }

  /** Quarter turns clockwise, for the preview. */
  public IntegerProperty rotationProperty() {
    return rotation;
  }

  /** 1 fits the picture in the component; more enlarges it around the centre. */
  public DoubleProperty zoomProperty() {
    return zoom;
  }

  public boolean isRevealedNow() {
    return shown != null && shown.variant() != Variant.BLURRED;
  }

  /** The picture drawn now (null while loading or when there is none). */
  public Image image() {
    return view.getImage();
  }

  public String surface() {
    return surface;
  }

  private void refresh() {
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
    long id = itemId.get();
    if (id == RevealPolicy.NONE) {
      shown = null;
      view.setImage(null);
      placeholderVisible(false);
      veilMarkVisible(false);
      pseudoRevealed(false);
      return;
    }
    boolean revealed = policy.isRevealed(id);
    pseudoRevealed(revealed);
    veilMarkVisible(!revealed);
    Key blurred = key(id, Variant.BLURRED);
    if (!revealed) {
      draw(blurred);
      return;
    }
    Key sharp = key(id, Variant.SHARP_THUMBNAIL);
    if (!large || frame >= 0) {
      draw(sharp);
      return;
    }
    // show the sharp thumbnail at once, then the larger decode when it arrives
    Image quick = cache.cached(sharp);
    if (quick != null) {
      setImage(sharp, quick);
    }
    draw(key(id, Variant.SHARP_LARGE));
  }

  private Key key(long id, Variant variant) {
    return Key.of(id, frame, variant, blur);
  }

  private void draw(Key key) {
    Image hit = cache.cached(key);
    if (hit != null) {
      setImage(key, hit);
      return;
    }
    if (key.variant() == Variant.BLURRED || shown == null || shown.itemId() != key.itemId()) {
      // never leave another item's picture, or a sharp one, standing while this one loads
      view.setImage(null);
      shown = null;
    }
    pending =
        cache.load(
            key,
            image -> {
              if (itemId.get() != key.itemId() || !stillWanted(key)) {
                return;
              }
              if (image == null) {
                if (key.variant() == Variant.SHARP_LARGE && shown != null) {
                  return; // keep the sharp thumbnail when the evidence cannot be read
                }
                view.setImage(null);
                shown = null;
                placeholderVisible(true);
                return;
              }
              setImage(key, image);
            });
  }

  private boolean stillWanted(Key key) {
    boolean revealed = policy.isRevealed(key.itemId());
    return revealed == (key.variant() != Variant.BLURRED)
        && key.grayscale() == blur.grayscale()
        && (key.variant() != Variant.BLURRED || key.strength() == blur.strength());
  }

  private void setImage(Key key, Image image) {
    shown = key;
    placeholderVisible(false);
    view.setImage(image);
    requestLayout();
  }

  private void pseudoRevealed(boolean revealed) {
    getStyleClass().remove("revealed");
    if (revealed) {
      getStyleClass().add("revealed");
    }
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    double w = getWidth() - snappedLeftInset() - snappedRightInset();
    double h = getHeight() - snappedTopInset() - snappedBottomInset();
    boolean sideways = Math.floorMod(rotation.get(), 2) == 1;
    double z = Math.max(0.1, zoom.get());
    view.setFitWidth(Math.max(1, (sideways ? h : w) * z));
    view.setFitHeight(Math.max(1, (sideways ? w : h) * z));
    view.setRotate(90.0 * Math.floorMod(rotation.get(), 4));
  }

  @Override
  protected double computePrefWidth(double height) {
    return 160;
  }

  @Override
  protected double computePrefHeight(double width) {
    return 160;
  }
}
