package org.veil.ui.chats;

import org.veil.ui.media.BlurSettings;
import org.veil.ui.media.PictureCache;
import org.veil.ui.media.RevealPolicy;

/**
 * The media services the chat screens draw attachments with: the review's own, so the blur
 * strength, grayscale switch and reveal log are one policy across the workstation.
 */
public record ChatMedia(PictureCache pictures, BlurSettings blur, RevealPolicy reveal) {}
