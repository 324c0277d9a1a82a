package org.veil.synth;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * What EXIF to write into a synthetic JPEG. Any field may be null to leave that tag out.
 *
 * @param takenAt written as DateTimeOriginal (and DateTime)
 * @param offset written as OffsetTimeOriginal (and OffsetTime) when not null
 * @param gpsAltitude metres; negative means below sea level
 * @param orientation EXIF orientation 1-8
 */
public record ExifSpec(
    String make,
    String model,
    String bodySerial,
    String lensModel,
    String software,
    LocalDateTime takenAt,
    ZoneOffset offset,
    Double gpsLatitude,
    Double gpsLongitude,
    Double gpsAltitude,
    Integer orientation) {

  public ExifSpec {
    if (orientation != null && (orientation < 1 || orientation > 8)) {
      throw new IllegalArgumentException("EXIF orientation must be 1-8: " + orientation);
    }
    if ((gpsLatitude == null) != (gpsLongitude == null)) {
      throw new IllegalArgumentException("GPS needs both latitude and longitude");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private record Camera(String make, String model, String lens, String software) {}

  // Invented but plausible bodies; nothing identifies a real person or device.
  private static final List<Camera> CAMERAS =
      List.of(
          new Camera("Apple", "iPhone 15", "iPhone 15 back camera 6.1mm f/1.6", "17.4.1"),
          new Camera("samsung", "SM-S918N", "Samsung Galaxy S23 Ultra rear", "S918NKSU2BWK1"),
          new Camera("Canon", "Canon EOS R6", "RF24-105mm F4 L IS USM", "Firmware Version 1.8.1"),
          new Camera("NIKON CORPORATION", "NIKON Z 6_2", "NIKKOR Z 24-70mm f/4 S", "Ver.01.60"),
          new Camera("Google", "Pixel 8", "Pixel 8 back camera 6.9mm f/1.68", "HDR+ 1.0.584"),
          new Camera("SONY", "ILCE-7M4", "FE 28-70mm F3.5-5.6 OSS", "ILCE-7M4 v2.00"));

  /** A plausible phone or camera, date, place (around Seoul) and orientation from a seed. */
  public static ExifSpec camera(long seed, int orientation) {
    Random random = new Random(seed);
    Camera camera = CAMERAS.get(random.nextInt(CAMERAS.size()));
    LocalDateTime taken =
        LocalDateTime.of(2023, 1, 1, 0, 0).plusSeconds(random.nextLong(2L * 365 * 24 * 3600));
    return builder()
        .make(camera.make())
        .model(camera.model())
        .bodySerial(String.format("%010d", random.nextLong(10_000_000_000L)))
        .lensModel(camera.lens())
        .software(camera.software())
        .takenAt(taken, ZoneOffset.ofHours(9))
        .gps(
            37.45 + random.nextDouble() * 0.2,
            126.85 + random.nextDouble() * 0.3,
            Math.round(random.nextDouble() * 800) / 10.0)
        .orientation(orientation)
        .build();
  }

  /** Fluent construction; unset fields stay null. */
  public static final class Builder {
    private String make;
    private String model;
    private String bodySerial;
    private String lensModel;
    private String software;
    private LocalDateTime takenAt;
    private ZoneOffset offset;
    private Double gpsLatitude;
    private Double gpsLongitude;
    private Double gpsAltitude;
    private Integer orientation;

    private Builder() {}

    public Builder make(String value) {
      make = value;
      return this;
    }

    public Builder model(String value) {
      model = value;
      return this;
    }

    public Builder bodySerial(String value) {
      bodySerial = value;
      return this;
    }

    public Builder lensModel(String value) {
      lensModel = value;
      return this;
    }

    public Builder software(String value) {
      software = value;
      return this;
    }

    public Builder takenAt(LocalDateTime time, ZoneOffset zone) {
      takenAt = time;
      offset = zone;
      return this;
    }

    public Builder gps(Double latitude, Double longitude, Double altitudeMetres) {
      gpsLatitude = latitude;
      gpsLongitude = longitude;
      gpsAltitude = altitudeMetres;
      return this;
    }

    public Builder orientation(Integer value) {
      orientation = value;
      return this;
    }

    public ExifSpec build() {
      return new ExifSpec(
          make,
          model,
          bodySerial,
          lensModel,
          software,
          takenAt,
          offset,
          gpsLatitude,
          gpsLongitude,
          gpsAltitude,
          orientation);
    }
  }
}
