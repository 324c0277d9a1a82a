package org.veil.model;

import java.awt.image.BufferedImage;

/**
 * A picture decoded once for thumbnail and PDQ.
 *
 * @param image the pixels, possibly subsampled
 * @param width the full width from the file header, in pixels
 * @param height the full height from the file header, in pixels
 * @param subsampling the factor used on both axes (1 = full resolution)
 * @param format the decoder's format name, lower case ({@code jpeg}, {@code png}, {@code gif},
 *     {@code bmp}, ...)
 */
public record DecodedImage(
    BufferedImage image, int width, int height, int subsampling, String format) {}
