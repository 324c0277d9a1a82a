package org.veil.model;

/**
 * One value of a category scheme, e.g. VIC US {@code 1} "Child abuse material" or CAID UK {@code
 * A}.
 *
 * @param scheme the scheme id ({@code vic-us}, {@code caid-uk})
 * @param value what is stored and exported ({@code 0}..{@code 4}, {@code A}..{@code C})
 * @param position order within the scheme, from 0; the UI maps it to number keys
 */
public record Category(
    String scheme, String value, String label, String description, int position) {}
