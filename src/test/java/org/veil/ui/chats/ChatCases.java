package org.veil.ui.chats;

import java.nio.file.Path;
import org.veil.audit.AuditLog;
import org.veil.chatimport.CaseMessageIndex;
import org.veil.chatimport.ChatImporter;
import org.veil.index.MessageIndex;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.synth.SyntheticTelegramExport;
import org.veil.task.TaskContext;
import org.veil.testing.TestCases;

/** A small chat case: a synthetic Telegram export with photos, imported as the UI would. */
public final class ChatCases {
  private ChatCases() {}

  /** Creates the case under {@code dir}, imports the export and closes it; returns the case dir. */
  public static Path create(Path dir, long messages) throws Exception {
    Path export = dir.resolve("ChatExport");
    new SyntheticTelegramExport(messages, 20, 3, 7).withMediaFiles().writeTo(export);
    Path caseDir;
    try (CaseFolder folder = TestCases.create(dir, "chats");
        MessageIndex index = CaseMessageIndex.open(folder)) {
      caseDir = folder.dir();
      new ChatImporter(folder, index, new AuditLog(new AuditStore(folder.db())))
          .importExport(export, null, "examiner-a", TaskContext.detached());
    }
    return caseDir;
  }
}
