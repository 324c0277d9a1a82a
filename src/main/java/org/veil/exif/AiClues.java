package org.veil.exif;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of every AI-generation clue, in one place, and the rules that produce them. Clues are
 * collected in order and de-duplicated, since the same fact can be seen twice (by
 * metadata-extractor and by the raw container scan).
 */
final class AiClues {
  static final String C2PA_JPEG = "C2PA manifest present (JPEG APP11 JUMBF)";
  static final String C2PA_PNG = "C2PA manifest present (PNG caBX chunk)";

  /** PNG text keywords written by generation tools, with the tool that writes them. */
  private static final Map<String, String> PNG_KEYWORDS =
      Map.of(
          "parameters", "Stable Diffusion",
          "prompt", "ComfyUI",
          "workflow", "ComfyUI",
          "dream", "InvokeAI",
          "sd-metadata", "InvokeAI",
          "invokeai_metadata", "InvokeAI");

  /** IPTC digital source types that say a model made or changed the picture. */
  private static final List<String> AI_SOURCE_TYPES =
      List.of(
          "trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia", "algorithmicMedia");

  private static final Pattern SOURCE_TYPE_URI =
      Pattern.compile("newscodes/digitalsourcetype/([A-Za-z]+)");

  private final Set<String> clues = new LinkedHashSet<>();

  void add(String clue) {
    clues.add(clue);
  }

  List<String> list() {
    return List.copyOf(clues);
  }

  /** A PNG tEXt/iTXt/zTXt keyword; keyword case varies between tool versions. */
  void pngKeyword(String keyword) {
    if (keyword == null) {
      return;
    }
    String tool = PNG_KEYWORDS.get(keyword.strip().toLowerCase(java.util.Locale.ROOT));
    if (tool != null) {
      clues.add("PNG text chunk '" + keyword.strip() + "' (" + tool + ")");
    }
  }

  /** A DigitalSourceType value: a full IPTC URI or just its last segment. */
  void digitalSourceType(String value) {
    if (value == null) {
      return;
    }
    String term = value.strip();
    int slash = term.lastIndexOf('/');
    if (slash >= 0) {
      term = term.substring(slash + 1);
    }
    for (String aiType : AI_SOURCE_TYPES) {
      if (aiType.equals(term)) {
        clues.add("IPTC DigitalSourceType: " + aiType);
      }
    }
  }

  /** Raw XMP packet text, the fallback when the XMP parser rejected or skipped the packet. */
  void xmpText(String packet) {
    if (packet == null || !packet.contains("DigitalSourceType")) {
      return;
    }
    Matcher matcher = SOURCE_TYPE_URI.matcher(packet);
    while (matcher.find()) {
      digitalSourceType(matcher.group(1));
    }
  }

  /** A field that names the creating program: EXIF Software, XMP CreatorTool, PNG Software. */
  void namingField(String field, String value) {
    Optional<String> generator = GeneratorNames.find(value);
    generator.ifPresent(name -> clues.add(field + " names a generator: " + name));
  }
}
