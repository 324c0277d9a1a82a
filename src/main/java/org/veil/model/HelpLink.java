package org.veil.model;

/**
 * Where a link in the bundled user guide leads.
 *
 * @param resource the class-path resource of the target, {@code /org/veil/help/...}
 * @param anchor the element id after {@code #}, or null for the top of the page
 */
public record HelpLink(String resource, String anchor) {}
