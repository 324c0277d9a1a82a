package org.veil.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.audit.AuditVerifier;
import org.veil.model.AuditEvent;
import org.veil.model.ReportOptions;
import org.veil.model.WrittenExport;
import org.veil.store.ThumbnailStore;

/** Reports read back the way a court would: HTML parsed with jsoup, PDF text extracted. */
class ReportTest {
  @TempDir static Path temp;
  static ReportCase c;

  @BeforeAll
  static void buildCase() throws Exception {
    c = ReportCase.build(temp);
  }

  @AfterAll
  static void close() throws IOException {
    String keep = System.getProperty("veil.report.keep");
    if (keep != null) {
      try (var files = Files.list(temp)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(
              f,
              Path.of(keep).resolve(f.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    c.folder.close();
  }

  private static AuditEvent last() {
    return c.audit.store().head().orElseThrow();
  }

  private static WrittenExport report(ReportWriter.Format format, String name, boolean clear)
      throws IOException {
    return new ReportWriter(c.folder, c.audit)
        .write(
            format,
            temp.resolve(name),
            false,
            "examiner-b",
            ReportOptions.DEFAULT.withClearPreviews(clear),
            null);
  }

  @Test
  void htmlIsOneSelfContainedFileWithEverySection() throws Exception {
    AuditEvent before = last();
    WrittenExport written = report(ReportWriter.Format.HTML, "report.html", false);
    byte[] bytes = Files.readAllBytes(written.path());
    Document html = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));

    // nothing points outside the file
    for (Element element : html.select("[src], [href]")) {
      String target = element.hasAttr("src") ? element.attr("src") : element.attr("href");
      assertTrue(
          target.startsWith("data:") || target.startsWith("#"),
          "external reference: " + element.outerHtml());
    }
    assertTrue(html.select("script, link, iframe, object, embed, base").isEmpty());
    assertFalse(html.select("style").html().contains("url("), "no external resources in CSS");
    assertFalse(html.select("style").html().contains("@import"));

    assertTrue(html.title().contains("Report"));
    assertTrue(html.getElementById("preview-notice").text().contains("Previews blurred"));
    String caseTable = html.getElementById("case").nextElementSibling().text();
    assertTrue(caseTable.contains("2026-0042") && caseTable.contains("examiner-a"), caseTable);
    assertTrue(caseTable.contains("examiner-b"), "who generated the report");

    String sources = html.getElementById("sources").nextElementSibling().text();
    assertTrue(sources.contains(c.evidence.toString()), sources);
    assertTrue(sources.contains("content digest"));

    // items by category, in scheme order, with hashes, tags, notes, metadata and provenance
    List<String> headings = html.select("h3.category").eachText();
    assertTrue(headings.indexOf("vic-us 1 (Child abuse material)") >= 0, headings.toString());
    assertTrue(
        headings.indexOf("vic-us 1 (Child abuse material)")
            < headings.indexOf("vic-us 2 (Child exploitive / age difficult)"));
    assertEquals("uncategorised", headings.getLast(), "tagged but uncategorised items come last");
    Element camera = html.getElementById("item-" + c.camera.id());
    assertNotNull(camera);
    String cameraText = camera.text();
    assertTrue(cameraText.contains(c.camera.hashes().sha256()));
    assertTrue(cameraText.contains(c.camera.hashes().md5()));
    assertTrue(cameraText.contains("court-exhibit"));
    assertTrue(cameraText.contains(ReportCase.KOREAN_NOTE), "Korean text kept as written");
    assertTrue(cameraText.contains(c.camera.summary().make()));
    assertTrue(cameraText.contains("examiner, set by examiner-a"), cameraText);
    assertNotNull(html.getElementById("item-" + c.zipMember.id()), "tagged zip member listed");
    assertTrue(html.getElementById("item-" + c.second.id()).text().contains("compare"));
    Element chatPhoto = html.getElementById("item-" + c.chatPhoto.id());
    assertTrue(
        chatPhoto.select("table.postings").text().contains(c.chatName),
        "provenance names the chat the file was posted in");

    // thumbnails are data URIs, blurred, and say so
    Element picture = camera.selectFirst("img");
    assertTrue(picture.attr("src").startsWith("data:image/jpeg;base64,"));
    assertEquals("previews blurred", camera.selectFirst(".blurred-label").text());
    byte[] shown = Base64.getDecoder().decode(picture.attr("src").substring(23));
    byte[] stored = new ThumbnailStore(c.folder.thumbsDb()).get(c.camera.id()).orElseThrow().jpeg();
    assertFalse(java.util.Arrays.equals(shown, stored));
    assertTrue(
        detail(ImageIO.read(new ByteArrayInputStream(shown)))
            < detail(ImageIO.read(new ByteArrayInputStream(stored))) / 3,
        "the preview has lost its detail");

    // the tagged message with its context
    Element message = html.getElementById("message-" + c.taggedMessage.id());
    assertNotNull(message);
    assertTrue(message.text().contains("suspect-post"));
    assertTrue(message.text().contains(ReportCase.MESSAGE_NOTE));
    assertEquals(1, message.select("tr.subject").size());
    assertEquals(5, message.select("table.context tr").size() - 1, "two before, two after");
    assertTrue(message.selectFirst("tr.subject").text().contains(c.taggedMessage.message().text()));

    // audit head and seal as they were before the report
    String audit = html.getElementById("audit").nextElementSibling().text();
    assertTrue(audit.contains(before.hash()), audit);
    assertTrue(audit.contains("intact"));
    assertTrue(html.select("table.seals").text().contains("checked before reporting"));

    // the report's own hash is in the log and the chain still verifies
    AuditEvent created = last();
    assertEquals(ReportWriter.CREATED, created.action());
    assertEquals(written.auditSeq(), created.seq());
    assertTrue(created.details().contains("\"sha256\":\"" + Sha256.of(bytes) + "\""));
    assertTrue(created.details().contains("\"previews\":\"blurred\""));
    assertTrue(created.details().contains("\"audit_head_hash\":\"" + before.hash() + "\""));
    assertEquals(Sha256.of(bytes), written.sha256());
    assertTrue(AuditVerifier.verify(c.audit.store()).intact());
  }

  /** Mean absolute difference between horizontal neighbours: how much fine detail a picture has. */
  private static double detail(BufferedImage image) {
    long sum = 0;
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 1; x < image.getWidth(); x++) {
        int a = image.getRGB(x - 1, y);
        int b = image.getRGB(x, y);
        sum += Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff));
        n++;
      }
    }
    return (double) sum / n;
  }

  @Test
  void clearPreviewsAreOnlyShownOnRequestAndTheRequestIsAudited() throws Exception {
    WrittenExport written = report(ReportWriter.Format.HTML, "clear.html", true);
    Document html = Jsoup.parse(Files.readString(written.path()));
    assertTrue(html.getElementById("preview-notice").text().contains("CLEAR"));
    byte[] shown =
        Base64.getDecoder()
            .decode(
                html.getElementById("item-" + c.camera.id())
                    .selectFirst("img")
                    .attr("src")
                    .substring(23));
    assertArrayEquals(
        new ThumbnailStore(c.folder.thumbsDb()).get(c.camera.id()).orElseThrow().jpeg(), shown);
    List<AuditEvent> events = c.audit.store().all();
    AuditEvent created = events.getLast();
    AuditEvent request = events.get(events.size() - 2);
    assertEquals(ReportWriter.CLEAR_PREVIEWS, request.action());
    assertEquals("examiner-b", request.examiner());
    assertTrue(created.details().contains("\"previews\":\"clear\""));
  }

  @Test
  void pdfCarriesTheSameSectionsAndItsHashIsLogged() throws Exception {
    AuditEvent before = last();
    WrittenExport written = report(ReportWriter.Format.PDF, "report.pdf", false);
    byte[] bytes = Files.readAllBytes(written.path());
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("Case report: Report"), text);
      assertTrue(text.contains("Previews blurred"));
      assertTrue(text.contains("Evidence sources"));
      assertTrue(text.contains(c.camera.hashes().sha256()), "hashes are never cut when wrapped");
      assertTrue(text.contains("court-exhibit"));
      assertTrue(text.contains("Child abuse material"));
      assertTrue(text.contains("Tagged messages"));
      assertTrue(text.contains("suspect-post"));
      // the bundled NanumGothic is embedded, so Korean appears as written on every machine
      assertTrue(text.contains(c.chatName), "Hangul chat name as written: " + c.chatName);
      assertTrue(text.contains(before.hash()), "audit head hash");
      assertTrue(text.contains("checked before reporting"), "the seal");
      assertTrue(text.contains(ReportCase.KOREAN_NOTE), "Korean note as written");
      assertTrue(text.contains("NanumGothic (bundled"), "the report names its font");
      int images = 0;
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
      assertTrue(images >= 4, "thumbnails embedded: " + images);
    }
    AuditEvent created = last();
    assertEquals(ReportWriter.CREATED, created.action());
    assertTrue(created.details().contains("\"format\":\"pdf\""));
    assertTrue(created.details().contains("\"sha256\":\"" + Sha256.of(bytes) + "\""));
    assertTrue(AuditVerifier.verify(c.audit.store()).intact());
  }

  @Test
  void anExistingFileIsNeverReplacedUnasked() throws Exception {
    Path taken = Files.writeString(temp.resolve("taken.html"), "keep me");
    long events = c.audit.store().all().size();
    IOException refused =
        assertThrows(IOException.class, () -> report(ReportWriter.Format.HTML, "taken.html", true));
    assertTrue(refused.getMessage().contains("exists"));
    assertEquals("keep me", Files.readString(taken));
    assertEquals(events, c.audit.store().all().size(), "a refused report records nothing");
  }
}
