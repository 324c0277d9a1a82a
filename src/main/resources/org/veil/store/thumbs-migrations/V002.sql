-- The seed of each item's veil (media.VeilSeed): a <= 32 px area-averaged copy of the thumbnail,
-- so the gallery blurs without decoding a JPEG per cell. Null for thumbnails made before it; those
-- are blurred from the JPEG as before.
ALTER TABLE thumbnails ADD COLUMN veil BLOB;
