package org.veil.model;

/**
 * An examiner's label with a colour.
 *
 * @param colour {@code #rrggbb}, lower case
 */
public record Tag(long id, String name, String colour) {}
