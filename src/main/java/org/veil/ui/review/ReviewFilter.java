package org.veil.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.veil.model.CategoryScheme;
import org.veil.model.ItemFilter;
import org.veil.ui.I18n;

/**
 * What the review shows: the item facts filter, plus category and tag, which the tagging service
 * answers. Each active part becomes a removable chip.
 *
 * @param category a value of the active scheme, {@link CategoryScheme#UNCATEGORISED}, or null
 * @param tagId a tag id, or null
 * @param tagName the tag's name, for the chip
 */
public record ReviewFilter(
    ItemFilter items, String category, Long tagId, String tagName, boolean untagged) {
  public static final ReviewFilter ALL = new ReviewFilter(ItemFilter.ALL, null, null, null, false);

  /** A removable part of the filter. */
  public record Chip(String id, String label) {}

  public ReviewFilter withItems(ItemFilter value) {
    return new ReviewFilter(value, category, tagId, tagName, untagged);
  }

  public ReviewFilter withCategory(String value) {
    return new ReviewFilter(items, value, tagId, tagName, untagged);
  }

  public ReviewFilter withTag(Long id, String name) {
    return new ReviewFilter(items, category, id, name, id == null ? untagged : false);
  }

  public ReviewFilter withUntagged(boolean value) {
    return new ReviewFilter(items, category, value ? null : tagId, value ? null : tagName, value);
  }

  public boolean isEmpty() {
    return chips().isEmpty();
  }

  public List<Chip> chips() {
    return chips(I18n.current());
  }

  /** The chips in English, as the audit log records the active filter. */
  public String auditText() {
    return isEmpty()
        ? "none"
        : String.join("; ", chips(I18n.english()).stream().map(Chip::label).toList());
  }

  private List<Chip> chips(I18n.Words words) {
    List<Chip> out = new ArrayList<>();
    ItemFilter f = items;
    if (!f.kinds().isEmpty()) {
      out.add(
          new Chip(
              "type",
              words.text("chip.type")
                  + f.kinds().stream()
                      .map(k -> words.text("kind." + k.label()))
                      .sorted()
                      .collect(Collectors.joining(", "))));
    }
    if (f.minSize() != null || f.maxSize() != null) {
      out.add(
          new Chip(
              "size", words.text("chip.size") + size(f.minSize()) + " – " + size(f.maxSize())));
    }
    if (f.takenFrom() != null || f.takenTo() != null) {
      out.add(
          new Chip(
              "taken",
              words.text("chip.taken")
                  + (f.takenFrom() == null ? "…" : f.takenFrom())
                  + " – "
                  + (f.takenTo() == null ? "…" : f.takenTo())));
    }
    if (f.make() != null || f.model() != null) {
      out.add(
          new Chip(
              "camera",
              words.text("chip.camera")
                  + String.join(
                          " ", f.make() == null ? "" : f.make(), f.model() == null ? "" : f.model())
                      .strip()));
    }
    if (f.hasGps()) {
      out.add(new Chip("gps", words.text("filter.gps")));
    }
    if (f.hasAiClues()) {
      out.add(new Chip("ai", words.text("chip.ai")));
    }
    if (f.failedOnly()) {
      out.add(new Chip("failed", words.text("chip.failed")));
    }
    if (f.sourceId() != null) {
      out.add(
          new Chip(
              "place",
              words.text("chip.in")
                  + (f.folder() == null || f.folder().isEmpty()
                      ? words.format("chip.source", String.valueOf(f.sourceId()))
                      : f.folder())));
    }
    if (f.nameContains() != null && !f.nameContains().isBlank()) {
      out.add(new Chip("name", words.text("chip.name") + f.nameContains().strip()));
    }
    if (category != null) {
      out.add(new Chip("category", words.text("chip.category") + category));
    }
    if (tagId != null) {
      out.add(new Chip("tag", words.text("chip.tag") + tagName));
    }
    if (untagged) {
      out.add(new Chip("untagged", words.text("chip.untagged")));
    }
    return out;
  }

  /** The filter without the part a chip stands for. */
  public ReviewFilter without(String chipId) {
    ItemFilter f = items;
    return switch (chipId) {
      case "type" -> withItems(f.withKinds(java.util.Set.of()));
      case "size" -> withItems(f.withSize(null, null));
      case "taken" -> withItems(f.withTaken(null, null));
      case "camera" -> withItems(f.withCamera(null, null));
      case "gps" -> withItems(f.withGps(false));
      case "ai" -> withItems(f.withAiClues(false));
      case "failed" -> withItems(f.withFailedOnly(false));
      case "place" -> withItems(f.withPlace(null, null));
      case "name" -> withItems(f.withNameContains(null));
      case "category" -> withCategory(null);
      case "tag" -> withTag(null, null);
      case "untagged" -> withUntagged(false);
      default -> this;
    };
  }

  static String size(Long bytes) {
    if (bytes == null) {
      return "…";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    String[] units = {"KB", "MB", "GB", "TB"};
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
  }
}
