package org.veil.model;

/** Where the file says a picture was taken, in WGS 84 degrees, for the map. */
public record ItemPlace(long itemId, double lat, double lon) {}
