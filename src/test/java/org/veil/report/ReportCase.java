package org.veil.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.veil.audit.AuditLog;
import org.veil.audit.AuditSeals;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.index.MessageIndex;
import org.veil.ingest.IngestPipeline;
import org.veil.model.ChatSummary;
import org.veil.model.Item;
import org.veil.model.StoredAttachment;
import org.veil.model.StoredMessage;
import org.veil.model.Tag;
import org.veil.model.Target;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.store.ItemStore;
import org.veil.synth.ExifSpec;
import org.veil.synth.SyntheticImages;
import org.veil.synth.SyntheticTelegramExport;
import org.veil.tagging.Tagging;
import org.veil.task.TaskContext;
import org.veil.testing.TestCases;

/**
 * A small tagged case made from synthetic evidence: photos with EXIF in a folder and a zip, a
 * Telegram export with media, categories, tags, a Korean note, a tagged and noted message, a seal.
 */
final class ReportCase {
  static final String KOREAN_NOTE = "피해자 사진 확인 필요";
  static final String MESSAGE_NOTE = "이 메시지 보존";

  final CaseFolder folder;
  final Path evidence;
  final AuditLog audit;
  final Item camera;
  final Item second;
  final Item zipMember;
  final Item chatPhoto;
  final StoredMessage taggedMessage;
  final String chatName;

  private ReportCase(
      CaseFolder folder,
      Path evidence,
      AuditLog audit,
      Item camera,
      Item second,
      Item zipMember,
      Item chatPhoto,
      StoredMessage taggedMessage,
      String chatName) {
    this.folder = folder;
    this.evidence = evidence;
    this.audit = audit;
    this.camera = camera;
    this.second = second;
    this.zipMember = zipMember;
    this.chatPhoto = chatPhoto;
    this.taggedMessage = taggedMessage;
    this.chatName = chatName;
  }

  static ReportCase build(Path temp) throws Exception {
    Path evidence = Files.createDirectories(temp.resolve("evidence"));
    Files.write(
        evidence.resolve("camera.jpg"),
        SyntheticImages.jpeg(400, 300, 11, 0.9f, ExifSpec.camera(11, 1)));
    Files.write(
        evidence.resolve("second.jpg"),
        SyntheticImages.jpeg(320, 240, 12, 0.9f, ExifSpec.camera(12, 1)));
    Files.write(
        evidence.resolve("plain.png"), SyntheticImages.png(SyntheticImages.draw(64, 64, 13)));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("inside/member.jpg"));
      zip.write(SyntheticImages.jpeg(SyntheticImages.draw(200, 150, 14), 0.85f));
      zip.closeEntry();
    }
    Files.write(evidence.resolve("bundle.zip"), zipped.toByteArray());

    CaseFolder folder = TestCases.create(temp, "Report");
    AuditLog audit = new AuditLog(new AuditStore(folder.db()));
    new IngestPipeline(folder, audit).run(List.of(evidence), "examiner-a", TaskContext.detached());

    Path export = temp.resolve("ChatExport");
    new SyntheticTelegramExport(60, 5, 2, 21).withMediaFiles().writeTo(export);
    try (MessageIndex index = CaseMessageIndex.open(folder)) {
      new ChatImporter(folder, index, audit)
          .importExport(export, null, "examiner-a", TaskContext.detached());
    }

    ItemStore items = new ItemStore(folder.db());
    Item camera = byPath(items, "camera.jpg");
    Item second = byPath(items, "second.jpg");
    Item zipMember = byPath(items, "bundle.zip!/inside/member.jpg");

    ChatStore chats = new ChatStore(folder.db());
    StoredMessage withPhoto = null;
    String chatName = null;
    for (ChatSummary chat : chats.chats()) {
      List<StoredMessage> messages = new ArrayList<>();
      chats.forEachMessage(chat.id(), messages::add);
      for (StoredMessage message : messages) {
        Optional<StoredAttachment> photo =
            message.attachments().stream().filter(a -> a.itemId() != null).findFirst();
        if (photo.isPresent() && withPhoto == null && messages.indexOf(message) > 2) {
          withPhoto = message;
          chatName = chat.name();
        }
      }
    }
    if (withPhoto == null) {
      throw new IllegalStateException("the synthetic export has no message with a photo");
    }
    Item chatPhoto =
        items
            .get(
                withPhoto.attachments().stream()
                    .filter(a -> a.itemId() != null)
                    .findFirst()
                    .orElseThrow()
                    .itemId())
            .orElseThrow();

    Tagging tagging = new Tagging(folder.db(), audit);
    tagging.setCategory("examiner-a", List.of(camera.id(), chatPhoto.id()), "1");
    tagging.setCategory("examiner-a", List.of(second.id()), "2");
    Tag evidenceTag = tagging.createTag("examiner-a", "court-exhibit", "#cc0000");
    Tag suspect = tagging.createTag("examiner-a", "suspect-post", "#0055aa");
    tagging.addTag(
        "examiner-a",
        List.of(Target.item(camera.id()), Target.item(zipMember.id())),
        evidenceTag.id());
    tagging.addNote("examiner-a", Target.item(camera.id()), KOREAN_NOTE);
    tagging.bookmark("examiner-a", List.of(Target.item(second.id())), "compare");
    tagging.addTag("examiner-a", List.of(Target.message(withPhoto.id())), suspect.id());
    tagging.addNote("examiner-a", Target.message(withPhoto.id()), MESSAGE_NOTE);
    new AuditSeals(audit).seal("examiner-a", "checked before reporting");
    return new ReportCase(
        folder, evidence, audit, camera, second, zipMember, chatPhoto, withPhoto, chatName);
  }

  private static Item byPath(ItemStore items, String path) {
    return items.all().stream()
        .filter(i -> i.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no item " + path));
  }

  static byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }
}
