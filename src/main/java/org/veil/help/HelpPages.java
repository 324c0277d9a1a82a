package org.veil.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.veil.model.HelpLink;
import org.veil.model.Language;

/**
 * The offline user guide: HTML pages bundled under {@code /org/veil/help/<language>/}, one set per
 * language, sharing {@code help.css}. Links are followed only inside the bundle; anything else (a
 * web address, a file on disk) is refused, so the guide can never send anyone out.
 */
public final class HelpPages {
  public static final String ROOT = "/org/veil/help/";

  /** Every page, contents first; each exists in every language. */
  public static final List<String> PAGES =
      List.of("index", "first-run", "review", "chats", "shortcuts", "wellbeing", "offline");

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private HelpPages() {}

  public static String resource(Language language, String page) {
    if (!PAGES.contains(page)) {
      throw new IllegalArgumentException("no help page " + page);
    }
    return ROOT + language.tag() + "/" + page + ".html";
  }

  /** A page's HTML, in English when the language lacks it. */
  public static String read(Language language, String page) throws IOException {
    String text = text(resource(language, page));
    if (text == null && language != Language.ENGLISH) {
      text = text(resource(Language.ENGLISH, page));
    }
    if (text == null) {
      throw new IOException("help page " + page + " is missing from the application");
    }
    return text;
  }

  /** A bundled file of the guide (a page or the stylesheet), or null when there is none. */
  public static String text(String resource) throws IOException {
    try (InputStream in = HelpPages.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Where {@code href} on the page {@code fromResource} leads, when that is inside the guide and
   * exists; empty for addresses with a scheme, absolute paths, escapes from the guide's folder and
   * missing files.
   */
  public static Optional<HelpLink> follow(String fromResource, String href) {
    if (href == null || href.isBlank() || SCHEME.matcher(href).find() || href.startsWith("/")) {
      return Optional.empty();
    }
    int hash = href.indexOf('#');
    String path = hash < 0 ? href : href.substring(0, hash);
    String anchor = hash < 0 || hash == href.length() - 1 ? null : href.substring(hash + 1);
    String target;
    try {
      target =
          path.isEmpty()
              ? fromResource
              : new URI(null, null, fromResource, null)
                  .resolve(new URI(null, null, path, null))
                  .normalize()
                  .getPath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (target == null || !target.startsWith(ROOT) || target.contains("/../")) {
      return Optional.empty();
    }
    return HelpPages.class.getResource(target) == null
        ? Optional.empty()
        : Optional.of(new HelpLink(target, anchor));
  }
}
