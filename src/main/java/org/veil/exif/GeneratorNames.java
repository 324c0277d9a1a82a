package org.veil.exif;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one list of image-generator names looked for in Software, CreatorTool and similar fields.
 * Matching is by whole word and case-insensitive, so "Influx" does not read as "Flux".
 */
public final class GeneratorNames {
  private GeneratorNames() {}

  private record Generator(String name, Pattern pattern) {}

  private static final List<Generator> GENERATORS =
      List.of(
          generator("Stable Diffusion", "stable[ _-]?diffusion|sdxl"),
          generator("Midjourney", "midjourney"),
          generator("DALL-E", "dall[-·‐ ]?e(?:[ -]?[0-9])?"),
          generator("Adobe Firefly", "(?:adobe[ _-]?)?firefly"),
          generator("ComfyUI", "comfy[ _-]?ui"),
          generator("Automatic1111", "automatic1111|a1111"),
          generator("NovelAI", "novel[ _-]?ai"),
          generator("InvokeAI", "invoke[ _-]?ai"),
          generator("Leonardo.Ai", "leonardo(?:\\.ai)?"),
          generator("Imagen", "imagen"),
          generator("Flux", "flux(?:\\.1)?"),
          generator("AI generated", "ai[ _-]generated|generated (?:by|with) ai"));

  private static Generator generator(String name, String regex) {
    return new Generator(
        name,
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The canonical name of the first generator the text names, if any. */
  public static Optional<String> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (Generator generator : GENERATORS) {
      if (generator.pattern().matcher(text).find()) {
        return Optional.of(generator.name());
      }
    }
    return Optional.empty();
  }

  /** The canonical names, in the order they are tried. */
  public static List<String> names() {
    return GENERATORS.stream().map(Generator::name).toList();
  }
}
