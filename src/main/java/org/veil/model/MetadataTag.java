package org.veil.model;

/** One metadata-extractor tag: directory and tag names as it spells them, value its description. */
public record MetadataTag(String directory, String tag, int id, String value) {}
