package org.veil.model;

import java.util.List;
import java.util.Optional;

/**
 * A set of categories an examiner chooses from. An item without a category in the case's active
 * scheme is "uncategorised"; that is the absence of a value, not a value of its own.
 */
public record CategoryScheme(String id, String name, List<Category> categories) {
  /** Project VIC's US scheme, the default for new cases. */
  public static final String VIC_US = "vic-us";

  /** The UK Child Abuse Image Database scheme (Sentencing Council categories A, B, C). */
  public static final String CAID_UK = "caid-uk";

  /** The word shown and exported for an item that has no category in the active scheme. */
  public static final String UNCATEGORISED = "uncategorised";

  public CategoryScheme {
    categories = List.copyOf(categories);
  }

  public Optional<Category> category(String value) {
    return categories.stream().filter(c -> c.value().equals(value)).findFirst();
  }
}
