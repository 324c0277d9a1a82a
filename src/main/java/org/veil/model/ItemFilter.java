package org.veil.model;

import java.util.Set;

/**
 * Which items a review shows. Every field narrows; null (or empty, or false) means "any".
 *
 * @param folder a path prefix inside {@code sourceId}, e.g. {@code phone/2024/} or {@code
 *     album.zip!/}; needs {@code sourceId}
 * @param takenFrom first day, {@code yyyy-MM-dd}, compared with the local date the camera wrote
 * @param takenTo last day, inclusive
 * @param nameContains case-insensitive part of the path
 */
public record ItemFilter(
    Set<MediaKind> kinds,
    Long minSize,
    Long maxSize,
    String takenFrom,
    String takenTo,
    String make,
    String model,
    boolean hasGps,
    boolean hasAiClues,
    boolean failedOnly,
    Long sourceId,
    String folder,
    String nameContains) {

  public static final ItemFilter ALL =
      new ItemFilter(
          Set.of(), null, null, null, null, null, null, false, false, false, null, null, null);

  public ItemFilter {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  public ItemFilter withKinds(Set<MediaKind> value) {
    return new ItemFilter(
        value,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        make,
        model,
        hasGps,
        hasAiClues,
        failedOnly,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withSize(Long min, Long max) {
    return new ItemFilter(
        kinds,
        min,
        max,
        takenFrom,
        takenTo,
        make,
        model,
        hasGps,
        hasAiClues,
        failedOnly,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withTaken(String from, String to) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        from,
        to,
        make,
        model,
        hasGps,
        hasAiClues,
        failedOnly,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withCamera(String newMake, String newModel) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        newMake,
        newModel,
        hasGps,
        hasAiClues,
        failedOnly,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withGps(boolean value) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        make,
        model,
        value,
        hasAiClues,
        failedOnly,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withAiClues(boolean value) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        make,
        model,
        hasGps,
        value,
        failedOnly,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withFailedOnly(boolean value) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        make,
        model,
        hasGps,
        hasAiClues,
        value,
        sourceId,
        folder,
        nameContains);
  }

  public ItemFilter withPlace(Long source, String prefix) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        make,
        model,
        hasGps,
        hasAiClues,
        failedOnly,
        source,
        prefix,
        nameContains);
  }

  public ItemFilter withNameContains(String value) {
    return new ItemFilter(
        kinds,
        minSize,
        maxSize,
        takenFrom,
        takenTo,
        make,
        model,
        hasGps,
        hasAiClues,
        failedOnly,
        sourceId,
        folder,
        value);
  }
}
