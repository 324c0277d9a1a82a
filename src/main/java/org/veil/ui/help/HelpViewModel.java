package org.veil.ui.help;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.veil.help.HelpPages;
import org.veil.model.HelpLink;
import org.veil.model.Language;

/**
 * Which page of the bundled guide is open, and the way back. Links are followed through {@link
 * HelpPages#follow}, so nothing outside the bundle can ever be opened from the guide.
 */
public final class HelpViewModel {
  /** A page as read from the bundle, with the anchor to scroll to (or null). */
  public record Page(String resource, String html, String anchor) {}

  private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
  private final Deque<HelpLink> back = new ArrayDeque<>();
  private Language language;

  public HelpViewModel(Language language) {
    this.language = language;
  }

  /** Opens a page of the guide by name ({@link HelpPages#PAGES}) in the current language. */
  public void open(String name) throws IOException {
    show(new HelpLink(HelpPages.resource(language, name), null), true);
  }

  /**
   * Follows a link on the current page; false (and nothing changes) for anything that leads out of
   * the guide or to a page it does not have.
   */
  public boolean follow(String href) {
    Page current = page.get();
    if (current == null) {
      return false;
    }
    Optional<HelpLink> target = HelpPages.follow(current.resource(), href);
    if (target.isEmpty()) {
      return false;
    }
    try {
      show(target.get(), true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public void goBack() {
    if (back.isEmpty()) {
      return;
    }
    HelpLink previous = back.pop();
    try {
      show(previous, false);
    } catch (IOException e) {
      // a page that opened a moment ago is still in the bundle
    }
    canGoBack.set(!back.isEmpty());
  }

  /** The same page in the other language, when the guide has it. */
  public void language(Language newLanguage) throws IOException {
    this.language = newLanguage;
    Page current = page.get();
    if (current != null) {
      String name = current.resource().substring(current.resource().lastIndexOf('/') + 1);
      open(name.substring(0, name.length() - ".html".length()));
    }
  }

  public Language language() {
    return language;
  }

  private void show(HelpLink link, boolean remember) throws IOException {
    String html = HelpPages.text(link.resource());
    if (html == null) {
      throw new IOException("help page " + link.resource() + " is missing from the application");
    }
    Page current = page.get();
    if (remember && current != null) {
      back.push(new HelpLink(current.resource(), null));
    }
    String tag = link.resource().substring(HelpPages.ROOT.length()).split("/")[0];
    Language.ofTag(tag).ifPresent(l -> language = l);
    page.set(new Page(link.resource(), html, link.anchor()));
    canGoBack.set(!back.isEmpty());
  }

  public ReadOnlyObjectProperty<Page> pageProperty() {
    return page.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canGoBackProperty() {
    return canGoBack.getReadOnlyProperty();
  }
}
