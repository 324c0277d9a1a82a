package org.veil.model;

/** An item's PDQ hash and quality, the input of near-duplicate grouping. */
public record ItemPdq(long itemId, PdqHash pdq) {}
