package org.veil.ui.dupes;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.veil.model.DuplicateMember;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.ui.CaseTimes;
import org.veil.ui.I18n;

/**
 * One member of a duplicate group as the side-by-side view reads it: its facts, and which of them
 * differ from the group's representative (those are highlighted).
 */
public record MemberFacts(
    DuplicateMember member, Item item, Map<Field, String> facts, Set<Field> differs) {

  /** The facts compared across members. */
  public enum Field {
    NAME,
    SIZE,
    DIMENSIONS,
    TYPE,
    SOURCE,
    FOLDER,
    CAMERA,
    TAKEN,
    DISTANCE,
    CATEGORY;

    public String label() {
      return I18n.text("dupes.field." + name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  public MemberFacts {
    facts = Map.copyOf(facts);
    differs = differs.isEmpty() ? Set.of() : Set.copyOf(differs);
  }

  public long itemId() {
    return member.itemId();
  }

  public boolean differs(Field field) {
    return differs.contains(field);
  }

  /** The facts of one item; {@code source} is its evidence source's path. */
  static Map<Field, String> of(
      Item item, DuplicateMember member, String source, ItemCategory category, CaseTimes times) {
    Map<Field, String> out = new EnumMap<>(Field.class);
    out.put(Field.NAME, item.name());
    out.put(Field.SIZE, I18n.format("common.bytes", item.size()));
    out.put(
        Field.DIMENSIONS,
        item.width() == null
            ? "—"
            : I18n.format(
                "common.pixels", String.valueOf(item.width()), String.valueOf(item.height())));
    out.put(Field.TYPE, item.mime() == null ? I18n.text("common.unknown") : item.mime());
    out.put(Field.SOURCE, source);
    int cut = Math.max(item.path().lastIndexOf('/'), item.path().lastIndexOf('!'));
    out.put(Field.FOLDER, cut < 0 ? I18n.text("dupes.topFolder") : item.path().substring(0, cut));
    String make = item.summary().make();
    String model = item.summary().model();
    out.put(Field.CAMERA, camera(make, model));
    out.put(Field.TAKEN, times.taken(item.summary().takenAt()));
    out.put(Field.DISTANCE, Integer.toString(member.distance()));
    out.put(
        Field.CATEGORY,
        category == null
            ? I18n.text("common.uncategorised")
            : category.value()
                + (ItemCategory.BY_EXAMINER.equals(category.provenance())
                    ? ""
                    : " (" + category.provenance() + ")"));
    return out;
  }

  /** "Canon EOS R5", not "Canon Canon EOS R5"; a dash when the file names no camera. */
  static String camera(String make, String model) {
    String camera =
        new org.veil.model.ExifSummary(
                make, model, null, null, null, null, null, null, null, null, null, null, null)
            .camera();
    return camera == null ? "—" : camera;
  }

  /** Which facts differ from the representative's; the representative itself differs in none. */
  static Set<Field> differences(Map<Field, String> member, Map<Field, String> representative) {
    Set<Field> out = EnumSet.noneOf(Field.class);
    for (Field field : Field.values()) {
      if (field == Field.CATEGORY) {
        // provenance may differ (a copy) while the decision is the same
        if (!Objects.equals(value(member.get(field)), value(representative.get(field)))) {
          out.add(field);
        }
      } else if (field == Field.DISTANCE) {
        if (!"0".equals(member.get(field))) {
          out.add(field);
        }
      } else if (!Objects.equals(member.get(field), representative.get(field))) {
        out.add(field);
      }
    }
    return out;
  }

  private static String value(String category) {
    if (category == null) {
      return null;
    }
    int space = category.indexOf(' ');
    return space < 0 ? category : category.substring(0, space);
  }
}
