package org.veil.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.veil.model.CaseInfo;
import org.veil.model.ChatSummary;
import org.veil.model.EvidenceSource;
import org.veil.model.Hashes;
import org.veil.model.Item;
import org.veil.model.ItemCategory;
import org.veil.model.ItemState;
import org.veil.model.MediaKind;
import org.veil.model.MetadataTag;
import org.veil.model.Note;
import org.veil.model.Participant;
import org.veil.model.StoredAttachment;
import org.veil.model.Tag;
import org.veil.model.TargetKind;
import org.veil.store.CaseFolder;
import org.veil.store.ChatStore;
import org.veil.store.ItemStore;
import org.veil.store.ParticipantStore;
import org.veil.store.SourceStore;
import org.veil.store.TagStore;

/**
 * The case as CASE 1.x / UCO 1.x JSON-LD: an investigation, one provenance record per evidence
 * source, files with hashes and EXIF facets, chats as message threads, messages and the accounts
 * that sent them, attachments and containment as relationships, examiners' decisions as
 * annotations, and this export as an investigative action. Every node, facet and hash has an IRI
 * ({@code urn:uuid:}, derived from the case and the row, so exporting twice gives the same ids), as
 * UCO 1.x requires of every UcoThing.
 */
final class CaseUcoExport {
  static final Map<String, String> CONTEXT = new LinkedHashMap<>();

  static {
    CONTEXT.put("kb", "urn:uuid:");
    CONTEXT.put("case-investigation", "https://ontology.caseontology.org/case/investigation/");
    CONTEXT.put("uco-action", "https://ontology.unifiedcyberontology.org/uco/action/");
    CONTEXT.put("uco-core", "https://ontology.unifiedcyberontology.org/uco/core/");
    CONTEXT.put("uco-identity", "https://ontology.unifiedcyberontology.org/uco/identity/");
    CONTEXT.put("uco-observable", "https://ontology.unifiedcyberontology.org/uco/observable/");
    CONTEXT.put("uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/");
    CONTEXT.put("uco-types", "https://ontology.unifiedcyberontology.org/uco/types/");
    CONTEXT.put("uco-vocabulary", "https://ontology.unifiedcyberontology.org/uco/vocabulary/");
    CONTEXT.put("co", "http://purl.org/co/");
    CONTEXT.put("xsd", "http://www.w3.org/2001/XMLSchema#");
  }

  private final CaseFolder folder;
  private final String examiner;
  private final Instant now;
  private final String caseKey;
  private JsonGenerator json;
  private long objects;

  CaseUcoExport(CaseFolder folder, String examiner, Instant now) {
    this.folder = folder;
    this.examiner = examiner;
    this.now = now;
    CaseInfo info = folder.info();
    this.caseKey = info.name() + "|" + info.number() + "|" + info.created();
  }

  /** A stable IRI for one thing of the case. */
  String id(String kind, Object key) {
    return "kb:"
        + UUID.nameUUIDFromBytes(
            (caseKey + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
  }

  long write(OutputStream out) throws IOException {
    json = new JsonFactory().createGenerator(out);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeObjectFieldStart("@context");
    for (var entry : CONTEXT.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("@graph");

    CaseInfo info = folder.info();
    String tool = id("tool", "veil");
    node(tool, "uco-tool:AnalyticTool");
    json.writeStringField("uco-core:name", "Veil");
    json.writeStringField("uco-tool:version", ReportCollector.version());
    end();
    String person = id("person", examiner);
    node(person, "uco-identity:Person");
    json.writeStringField("uco-core:name", examiner);
    end();

    List<String> investigationObjects = new ArrayList<>();
    Map<Long, String> sourceNodes = new HashMap<>();
    List<EvidenceSource> sources = new SourceStore(folder.db()).all();
    for (EvidenceSource source : sources) {
      sourceNodes.put(source.id(), id("source", source.id()));
    }
    Map<Long, List<String>> itemsBySource = new TreeMap<>();
    Map<Long, String> itemNodes = new HashMap<>();
    items(sourceNodes, itemsBySource, itemNodes);
    for (EvidenceSource source : sources) {
      sourceNode(source, sourceNodes.get(source.id()));
      String record = id("provenance", source.id());
      node(record, "case-investigation:ProvenanceRecord");
      json.writeStringField("case-investigation:exhibitNumber", "source-" + source.id());
      json.writeStringField(
          "uco-core:description",
          source.kind().label()
              + " "
              + source.path()
              + " added by "
              + source.addedBy()
              + " at "
              + source.addedAt());
      List<String> members = new ArrayList<>();
      members.add(sourceNodes.get(source.id()));
      members.addAll(itemsBySource.getOrDefault(source.id(), List.of()));
      refs("uco-core:object", members);
      end();
      investigationObjects.add(record);
    }
    annotations(itemNodes);
    investigationObjects.addAll(chats(itemNodes));

    String action = id("action", "export/" + now);
    node(action, "case-investigation:InvestigativeAction");
    json.writeStringField("uco-core:name", "export");
    json.writeStringField("uco-core:description", "CASE/UCO export of the case by Veil");
    dateTime("uco-action:startTime", now);
    ref("uco-action:performer", person);
    ref("uco-action:instrument", tool);
    refs("uco-action:object", new ArrayList<>(investigationObjects));
    end();
    investigationObjects.add(action);

    node(id("investigation", "case"), "case-investigation:Investigation");
    json.writeStringField("uco-core:name", info.name());
    json.writeStringField(
        "uco-core:description",
        "Case "
            + ReportText.orDash(info.number())
            + ", "
            + ReportText.orDash(info.agency())
            + ", examiner "
            + ReportText.orDash(info.examiner()));
    json.writeStringField("case-investigation:investigationForm", "case");
    dateTime("uco-core:startTime", info.created());
    refs("uco-core:object", investigationObjects);
    end();

    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    return objects;
  }

  private void items(
      Map<Long, String> sourceNodes,
      Map<Long, List<String>> itemsBySource,
      Map<Long, String> itemNodes)
      throws IOException {
    ItemStore store = new ItemStore(folder.db());
    List<Item> done = new ArrayList<>();
    store.forEach(
        item -> {
          if (item.state() == ItemState.DONE && item.hashes() != null) {
            done.add(item);
          }
        });
    for (Item item : done) {
      String file = id("item", item.id());
      itemNodes.put(item.id(), file);
      itemsBySource.computeIfAbsent(item.sourceId(), k -> new ArrayList<>()).add(file);
      node(file, "uco-observable:File");
      json.writeArrayFieldStart("uco-core:hasFacet");
      facet(file, "uco-observable:FileFacet");
      json.writeStringField("uco-observable:fileName", item.name());
      json.writeStringField("uco-observable:filePath", item.path());
      int dot = item.name().lastIndexOf('.');
      if (dot > 0 && dot < item.name().length() - 1) {
        json.writeStringField(
            "uco-observable:extension", item.name().substring(dot + 1).toLowerCase(Locale.ROOT));
      }
      integer("uco-observable:sizeInBytes", item.size());
      json.writeEndObject();
      facet(file, "uco-observable:ContentDataFacet");
      if (item.mime() != null) {
        json.writeStringField("uco-observable:mimeType", item.mime());
      }
      integer("uco-observable:sizeInBytes", item.size());
      hashes(file, item.hashes());
      json.writeEndObject();
      if (item.kind() == MediaKind.IMAGE && item.width() != null && item.height() != null) {
        facet(file, "uco-observable:RasterPictureFacet");
        integer("uco-observable:pictureWidth", item.width());
        integer("uco-observable:pictureHeight", item.height());
        json.writeEndObject();
      }
      exif(file, store.tags(item.id()));
      json.writeEndArray();
      end();

      String contained = id("contained", item.id());
      node(contained, "uco-observable:ObservableRelationship");
      refs("uco-core:source", List.of(file));
      ref("uco-core:target", sourceNodes.get(item.sourceId()));
      json.writeStringField("uco-core:kindOfRelationship", "Contained_Within");
      json.writeBooleanField("uco-core:isDirectional", true);
      json.writeArrayFieldStart("uco-core:hasFacet");
      facet(contained, "uco-observable:PathRelationFacet");
      json.writeStringField("uco-observable:path", item.path());
      json.writeEndObject();
      json.writeEndArray();
      end();
    }
  }

  private void hashes(String owner, Hashes hashes) throws IOException {
    json.writeArrayFieldStart("uco-observable:hash");
    hash(owner, "MD5", hashes.md5());
    hash(owner, "SHA1", hashes.sha1());
    hash(owner, "SHA256", hashes.sha256());
    json.writeEndArray();
  }

  private void hash(String owner, String method, String value) throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", id("hash", owner + "/" + method));
    json.writeStringField("@type", "uco-types:Hash");
    typed("uco-types:hashMethod", "uco-vocabulary:HashNameVocab", method);
    typed("uco-types:hashValue", "xsd:hexBinary", value.toUpperCase(Locale.ROOT));
    json.writeEndObject();
  }

  /** EXIF and GPS tags as a controlled dictionary; keys are "directory/tag", each once. */
  private void exif(String owner, List<MetadataTag> tags) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (MetadataTag tag : tags) {
      if (tag.directory().contains("Exif") || tag.directory().equals("GPS")) {
        entries.putIfAbsent(
            tag.directory() + "/" + tag.tag(), tag.value() == null ? "" : tag.value());
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    facet(owner, "uco-observable:EXIFFacet");
    String dictionary = id("exif", owner);
    json.writeObjectFieldStart("uco-observable:exifData");
    json.writeStringField("@id", dictionary);
    json.writeStringField("@type", "uco-types:ControlledDictionary");
    json.writeArrayFieldStart("uco-types:entry");
    for (var entry : entries.entrySet()) {
      json.writeStartObject();
      json.writeStringField("@id", id("exif-entry", dictionary + "/" + entry.getKey()));
      json.writeStringField("@type", "uco-types:ControlledDictionaryEntry");
      json.writeStringField("uco-types:key", entry.getKey());
      json.writeStringField("uco-types:value", entry.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void sourceNode(EvidenceSource source, String node) throws IOException {
    boolean folderLike =
        source.kind() == EvidenceSource.SourceKind.FOLDER
            || source.kind() == EvidenceSource.SourceKind.CHAT_EXPORT;
    node(node, folderLike ? "uco-observable:Directory" : "uco-observable:File");
    json.writeStringField("uco-core:name", source.path());
    json.writeArrayFieldStart("uco-core:hasFacet");
    facet(node, "uco-observable:FileFacet");
    json.writeStringField("uco-observable:filePath", source.path());
    Path name = Path.of(source.path()).getFileName();
    if (name != null) {
      json.writeStringField("uco-observable:fileName", name.toString());
    }
    if (folderLike) {
      json.writeBooleanField("uco-observable:isDirectory", true);
    }
    json.writeEndObject();
    json.writeEndArray();
    end();
  }

  /** Categories, tags and notes on items, as the examiners' assertions about them. */
  private void annotations(Map<Long, String> itemNodes) throws IOException {
    TagStore tags = new TagStore(folder.db());
    Map<Long, ItemCategory> categories = tags.categories(tags.activeScheme());
    Map<Long, List<Tag>> itemTags = tags.itemTags();
    Map<Long, List<Note>> notes = new HashMap<>();
    tags.allNotes().stream()
        .filter(n -> n.target().kind() == TargetKind.ITEM)
        .forEach(n -> notes.computeIfAbsent(n.target().id(), k -> new ArrayList<>()).add(n));
    Set<Long> ids = new java.util.TreeSet<>(categories.keySet());
    ids.addAll(itemTags.keySet());
    ids.addAll(notes.keySet());
    for (long id : ids) {
      String item = itemNodes.get(id);
      if (item == null) {
        continue;
      }
      node(id("annotation", id), "uco-core:Annotation");
      refs("uco-core:object", List.of(item));
      List<String> words = new ArrayList<>();
      ItemCategory category = categories.get(id);
      if (category != null) {
        words.add("category:" + category.scheme() + ":" + category.value());
      }
      itemTags.getOrDefault(id, List.of()).forEach(t -> words.add(t.name()));
      if (!words.isEmpty()) {
        strings("uco-core:tag", words);
      }
      List<String> statements = new ArrayList<>();
      if (category != null) {
        statements.add(
            "Category "
                + category.scheme()
                + " "
                + category.value()
                + " ("
                + category.provenance()
                + ") set by "
                + category.setBy()
                + " at "
                + category.setAt());
      }
      notes
          .getOrDefault(id, List.of())
          .forEach(
              n ->
                  statements.add(
                      "Note by " + n.writtenBy() + " at " + n.writtenAt() + ": " + n.text()));
      if (!statements.isEmpty()) {
        strings("uco-core:statement", statements);
      }
      end();
    }
  }

  /** Accounts, messages and threads; returns the thread nodes. */
  private List<String> chats(Map<Long, String> itemNodes) throws IOException {
    ChatStore chats = new ChatStore(folder.db());
    List<ChatSummary> summaries = chats.chats();
    List<String> threads = new ArrayList<>();
    if (summaries.isEmpty()) {
      return threads;
    }
    Map<String, String> applications = new TreeMap<>();
    for (ChatSummary chat : summaries) {
      applications.computeIfAbsent(chat.platform(), p -> id("application", p));
    }
    List<Participant> participants = new ParticipantStore(folder.db()).all();
    for (Participant p : participants) {
      applications.computeIfAbsent(p.platform(), k -> id("application", k));
    }
    for (var app : applications.entrySet()) {
      node(app.getValue(), "uco-observable:Application");
      json.writeStringField("uco-core:name", app.getKey());
      end();
    }
    Map<Long, String> accounts = new HashMap<>();
    for (Participant p : participants) {
      String account = id("account", p.id());
      accounts.put(p.id(), account);
      node(account, "uco-observable:ApplicationAccount");
      json.writeArrayFieldStart("uco-core:hasFacet");
      facet(account, "uco-observable:AccountFacet");
      json.writeStringField("uco-observable:accountIdentifier", p.platformId());
      json.writeEndObject();
      facet(account, "uco-observable:ApplicationAccountFacet");
      ref("uco-observable:application", applications.get(p.platform()));
      json.writeEndObject();
      facet(account, "uco-observable:DigitalAccountFacet");
      String display = p.displayName() != null ? p.displayName() : p.username();
      if (display != null) {
        json.writeStringField("uco-observable:displayName", display);
      }
      if (p.username() != null) {
        strings("uco-observable:accountLogin", List.of(p.username()));
      }
      json.writeEndObject();
      json.writeEndArray();
      end();
    }
    for (ChatSummary chat : summaries) {
      List<String> messages = new ArrayList<>();
      Set<String> senders = new LinkedHashSet<>();
      IOException[] failure = {null};
      chats.forEachMessage(
          chat.id(),
          stored -> {
            if (failure[0] != null) {
              return;
            }
            try {
              String message = id("message", stored.id());
              messages.add(message);
              String from =
                  stored.senderParticipantId() == null
                      ? null
                      : accounts.get(stored.senderParticipantId());
              if (from != null) {
                senders.add(from);
              }
              node(message, "uco-observable:Message");
              json.writeArrayFieldStart("uco-core:hasFacet");
              facet(message, "uco-observable:MessageFacet");
              var m = stored.message();
              if (m.text() != null && !m.text().isEmpty()) {
                json.writeStringField("uco-observable:messageText", m.text());
              }
              if (m.sentAt() != null) {
                dateTime("uco-observable:sentTime", m.sentAt());
              }
              if (from != null) {
                ref("uco-observable:from", from);
              }
              ref("uco-observable:application", applications.get(chat.platform()));
              json.writeStringField("uco-observable:messageID", m.externalId());
              if (m.service()) {
                json.writeStringField(
                    "uco-observable:messageType",
                    "service" + (m.action() == null ? "" : ":" + m.action()));
              }
              json.writeEndObject();
              json.writeEndArray();
              end();
              for (StoredAttachment attachment : stored.attachments()) {
                String file =
                    attachment.itemId() == null ? null : itemNodes.get(attachment.itemId());
                if (file == null) {
                  continue;
                }
                node(
                    id("attachment", stored.id() + "/" + attachment.itemId()),
                    "uco-observable:ObservableRelationship");
                refs("uco-core:source", List.of(file));
                ref("uco-core:target", message);
                json.writeStringField("uco-core:kindOfRelationship", "Attachment_Of");
                json.writeBooleanField("uco-core:isDirectional", true);
                end();
              }
            } catch (IOException e) {
              failure[0] = e;
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
      String thread = id("thread", chat.id());
      String order = id("thread-items", chat.id());
      if (!messages.isEmpty()) {
        node(order, "uco-types:Thread");
        refs("co:element", messages);
        end();
      }
      node(thread, "uco-observable:MessageThread");
      json.writeStringField(
          "uco-core:name", chat.name() == null ? "chat " + chat.id() : chat.name());
      json.writeArrayFieldStart("uco-core:hasFacet");
      facet(thread, "uco-observable:MessageThreadFacet");
      if (!senders.isEmpty()) {
        refs("uco-observable:participant", new ArrayList<>(senders));
      }
      if (!messages.isEmpty()) {
        ref("uco-observable:messageThread", order);
      }
      json.writeEndObject();
      json.writeEndArray();
      end();
      threads.add(thread);
    }
    return threads;
  }

  // ---- JSON-LD pieces

  private void node(String id, String type) throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", id);
    json.writeStringField("@type", type);
    objects++;
  }

  private void end() throws IOException {
    json.writeEndObject();
  }

  /** Opens a facet object (the caller closes it); facets get IRIs too. */
  private void facet(String owner, String type) throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", id("facet", owner + "/" + type));
    json.writeStringField("@type", type);
  }

  private void ref(String field, String id) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("@id", id);
    json.writeEndObject();
  }

  private void refs(String field, List<String> ids) throws IOException {
    json.writeArrayFieldStart(field);
    for (String id : ids) {
      json.writeStartObject();
      json.writeStringField("@id", id);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void strings(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private void typed(String field, String type, String value) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("@type", type);
    json.writeStringField("@value", value);
    json.writeEndObject();
  }

  private void dateTime(String field, Instant at) throws IOException {
    typed(field, "xsd:dateTime", at.toString());
  }

  private void integer(String field, long value) throws IOException {
    typed(field, "xsd:integer", Long.toString(value));
  }
}
