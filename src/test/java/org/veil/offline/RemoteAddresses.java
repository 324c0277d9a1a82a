package org.veil.offline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds http(s) addresses in compiled classes and text resources, and tells the ones Veil may
 * carry: names of namespaces and vocabularies that are compared as strings, never fetched.
 */
public final class RemoteAddresses {
  private static final Pattern ADDRESS =
      Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]*");

  /** Address prefix -> why it may appear. Anything else is an address Veil could try to reach. */
  public static final Map<String, String> NAMESPACES =
      Map.ofEntries(
          Map.entry("http://ns.adobe.com/", "XMP namespaces read from evidence"),
          Map.entry("http://www.w3.org/", "XML, RDF, XHTML, SVG and XML Schema namespaces"),
          Map.entry("http://purl.org/dc/", "Dublin Core namespace in XMP"),
          Map.entry("http://purl.org/co/", "the Collections Ontology prefix CASE exports declare"),
          Map.entry("http://iptc.org/std/", "IPTC namespaces in XMP"),
          Map.entry(
              "http://cv.iptc.org/newscodes/digitalsourcetype/",
              "IPTC terms that mark AI-generated media, compared with what XMP says"),
          Map.entry(
              "http://github.com/VICSDATAMODEL/ProjectVic/",
              "the OData context that names a Project VIC (VICS) file"),
          Map.entry(
              "https://ontology.unifiedcyberontology.org/",
              "UCO IRIs in CASE exports (JSON-LD identifiers)"),
          Map.entry(
              "https://ontology.caseontology.org/",
              "CASE IRIs in CASE exports (JSON-LD identifiers)"),
          Map.entry("http://javafx.com/javafx", "the FXML namespace"),
          Map.entry("http://javafx.com/fxml", "the FXML namespace"),
          Map.entry("http://scripts.sil.org/OFL", "licence text of the bundled font"),
          Map.entry("http://hangeul.naver.com/", "licence text of the bundled font"),
          Map.entry("http://www.nhncorp.com", "licence text of the bundled font"),
          Map.entry("https://www.debian.org/doc/packaging-manuals/", "licence text's format"),
          Map.entry(
              "https://example.invalid/",
              "links inside synthetic chat exports; .invalid never resolves (RFC 2606)"));

  private RemoteAddresses() {}

  /** Every address in a class file's constants (ASCII survives modified UTF-8 unchanged). */
  public static List<String> inClassFile(byte[] bytes) {
    return in(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  public static List<String> in(String text) {
    Matcher m = ADDRESS.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  public static boolean isNamespace(String address) {
    return NAMESPACES.keySet().stream().anyMatch(address::startsWith);
  }
}
