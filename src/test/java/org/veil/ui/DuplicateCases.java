package org.veil.ui;

import java.nio.file.Path;
import java.util.List;
import org.veil.audit.AuditLog;
import org.veil.audit.NewCase;
import org.veil.ingest.IngestPipeline;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.synth.CorpusSpec;
import org.veil.synth.SyntheticCorpus;
import org.veil.task.TaskContext;
import org.veil.testing.TestCases;

/**
 * A small ingested case with duplicates: 5 originals (320 x 240), exact copies of originals 2 and
 * 4, and 3 near copies (half size, recompressed, chat-sized) of original 4. So: one near group of 5
 * (original 4, its copy, its 3 edits), exact groups of 2 and 2, and a near group of 2 (original 2
 * and its copy, which share a PDQ hash).
 */
public final class DuplicateCases {
  private DuplicateCases() {}

  public static Path evidence(Path dir) throws Exception {
    SyntheticCorpus.generate(
        dir,
        CorpusSpec.builder(10, 11)
            .sizes(List.of(CorpusSpec.SizeShare.jpeg(320, 240, 1, 0.85f)))
            .exactDuplicates(2)
            .nearDuplicates(3)
            .build());
    return dir;
  }

  /** Creates the case in {@code caseDir} and ingests the evidence; the case is left closed. */
  public static Path create(Path evidence, Path caseDir) throws Exception {
    try (CaseFolder folder = NewCase.create(caseDir, TestCases.info("Dupes"))) {
      new IngestPipeline(folder, new AuditLog(new AuditStore(folder.db())))
          .run(List.of(evidence), "examiner-a", TaskContext.detached());
    }
    return caseDir;
  }
}
