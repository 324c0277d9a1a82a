package org.veil.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.veil.audit.AuditLog;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.index.MessageIndex;
import org.veil.ingest.IngestPipeline;
import org.veil.ingest.IngestReport;
import org.veil.model.CaseInfo;
import org.veil.store.AuditStore;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import org.veil.synth.CorpusSpec;
import org.veil.synth.CorpusSpec.SizeShare;
import org.veil.synth.SyntheticCorpus;
import org.veil.synth.SyntheticTelegramExport;
import org.veil.task.TaskContext;

/**
 * The case a new user sees first: benign generated pictures (with camera EXIF and GPS, exact and
 * near duplicates, AI-generation clues, an archive, one corrupt file, a short video and a small
 * synthetic Telegram export) ingested by the real pipeline into {@code <home>/demo/Demo.veil}.
 * Built once; later calls reuse it.
 */
public final class DemoCase {
  public static final String EXAMINER = "Demo Examiner";
  // bumped when the demo gains content, so an older demo is rebuilt
  static final String COMPLETE_MARKER = "demo-complete-v2";

  private final Path demoDir;
  private final int pictures;

  /**
   * @param home Veil's own folder (e.g. {@code ~/.veil})
   * @param pictures how many generated pictures (tests use a few; the app uses about forty)
   */
  public DemoCase(Path home, int pictures) {
    this.demoDir = home.resolve("demo");
    this.pictures = pictures;
  }

  public DemoCase(Path home) {
    this(home, 40);
  }

  public Path caseDir() {
    return demoDir.resolve("Demo.veil");
  }

  public Path evidenceDir() {
    return demoDir.resolve("evidence");
  }

  /** The synthetic Telegram export, kept apart from the media so no file is two items. */
  public Path chatExportDir() {
    return demoDir.resolve("telegram-export");
  }

  public boolean isBuilt() {
    return Files.isRegularFile(caseDir().resolve(COMPLETE_MARKER)) && CaseFolder.isCase(caseDir());
  }

  /** The demo case folder, built first when it is missing or was left half-built. */
  public Path ensureBuilt(TaskContext context) throws IOException, CaseException {
    if (isBuilt()) {
      return caseDir();
    }
    deleteTree(caseDir()); // a build that stopped half-way starts over
    deleteTree(evidenceDir());
    deleteTree(chatExportDir());
    writeEvidence(evidenceDir());
    // a small Telegram export (Korean and English, photos shared between two rooms)
    new SyntheticTelegramExport(60, 5, 2, 20_260_427L).withMediaFiles().writeTo(chatExportDir());
    CaseInfo info =
        new CaseInfo(
            "Demo case",
            "DEMO-0001",
            "Veil demo (synthetic pictures only)",
            EXAMINER,
            Instant.now(),
            ZoneId.of("Asia/Seoul"));
    try (CaseFolder folder = CaseFolder.create(caseDir(), info)) {
      AuditLog audit = new AuditLog(new AuditStore(folder.db()));
      IngestReport report =
          new IngestPipeline(folder, audit).run(List.of(evidenceDir()), EXAMINER, context);
      if (report.cancelled()) {
        throw new IOException("building the demo case was cancelled");
      }
      try (MessageIndex index = CaseMessageIndex.open(folder)) {
        new ChatImporter(folder, index, audit)
            .importExport(chatExportDir(), null, EXAMINER, context);
      } catch (org.veil.chat.ChatParseException e) {
        throw new IOException("the demo chat export could not be read: " + e.getMessage(), e);
      }
    }
    Files.writeString(caseDir().resolve(COMPLETE_MARKER), "built " + Instant.now() + "\n");
    return caseDir();
  }

  /** Generated pictures, a zip of some of them, and one file that is not the picture it claims. */
  private void writeEvidence(Path dir) throws IOException {
    int count = Math.max(pictures, 12);
    CorpusSpec spec =
        CorpusSpec.builder(count, 20_260_427L)
            .sizes(
                List.of(
                    SizeShare.jpeg(1024, 768, 0.6, 0.85f),
                    SizeShare.jpeg(768, 1024, 0.25, 0.85f),
                    SizeShare.png(640, 640, 0.15)))
            .orientations(List.of(1, 1, 1, 6))
            .exactDuplicates(2)
            .nearDuplicates(2)
            .aiClues(true)
            .subfolders(2)
            .build();
    List<Path> written = SyntheticCorpus.generate(dir.resolve("phone"), spec);
    Path archive = dir.resolve("shared").resolve("album.zip");
    Files.createDirectories(archive.getParent());
    try (OutputStream out = Files.newOutputStream(archive);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path file : written.subList(0, Math.min(4, written.size()))) {
        zip.putNextEntry(new ZipEntry("album/" + file.getFileName()));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    writeVideo(dir.resolve("phone").resolve("VID_0001.mp4"));
    // a truncated JPEG: ingest lists it as failed with a reason, as real evidence often has
    byte[] first = Files.readAllBytes(written.getFirst());
    Files.write(
        dir.resolve("shared").resolve("damaged.jpg"),
        java.util.Arrays.copyOf(first, Math.min(first.length, 600)));
  }

  /** A 3-second clip of a generated picture panning sideways, H.264 in MP4 as phones record. */
  static void writeVideo(Path file) throws IOException {
    java.awt.image.BufferedImage scene = org.veil.synth.SyntheticImages.draw(480, 240, 4242);
    org.jcodec.api.awt.AWTSequenceEncoder encoder =
        org.jcodec.api.awt.AWTSequenceEncoder.createSequenceEncoder(file.toFile(), 12);
    for (int n = 0; n < 36; n++) {
      java.awt.image.BufferedImage frame =
          new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
      java.awt.Graphics2D g = frame.createGraphics();
      g.drawImage(scene, -n * 4, 0, null);
      g.dispose();
      encoder.encodeImage(frame);
    }
    encoder.finish();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
