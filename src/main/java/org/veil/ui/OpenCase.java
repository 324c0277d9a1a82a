package org.veil.ui;

import java.util.Map;
import org.veil.audit.AuditLog;
import org.veil.store.AuditStore;
import org.veil.store.CaseFolder;
import org.veil.store.ItemStore;
import org.veil.store.SourceStore;
import org.veil.store.ThumbnailStore;
import org.veil.task.TaskRunner;

/**
 * A case open in the workstation with the services its views use. The examiner is the one the case
 * names; every act recorded in the audit log carries that name.
 */
public final class OpenCase implements AutoCloseable {
  private final CaseFolder folder;
  private final ItemStore items;
  private final ThumbnailStore thumbnails;
  private final SourceStore sources;
  private final AuditLog audit;
  private final TaskRunner tasks;
  private final String examiner;

  public OpenCase(CaseFolder folder, TaskRunner tasks) {
    this.folder = folder;
    this.items = new ItemStore(folder.db());
    this.thumbnails = new ThumbnailStore(folder.thumbsDb());
    this.sources = new SourceStore(folder.db());
    this.audit = new AuditLog(new AuditStore(folder.db()));
    this.tasks = tasks;
    String named = folder.info().examiner();
    this.examiner = named == null || named.isBlank() ? System.getProperty("user.name") : named;
  }

  public CaseFolder folder() {
    return folder;
  }

  public ItemStore items() {
    return items;
  }

  public ThumbnailStore thumbnails() {
    return thumbnails;
  }

  public SourceStore sources() {
    return sources;
  }

  public AuditLog audit() {
    return audit;
  }

  public TaskRunner tasks() {
    return tasks;
  }

  public String examiner() {
    return examiner;
  }

  /** Records one act of the examiner in the case's audit log. */
  public void record(String action, String target, Map<String, ?> details) {
    audit.record(examiner, action, target, details);
  }

  @Override
  public void close() {
    folder.close();
  }
}
