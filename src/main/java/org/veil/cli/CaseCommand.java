package org.veil.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.veil.audit.NewCase;
import org.veil.model.CaseInfo;
import org.veil.store.CaseException;
import org.veil.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil case ...}: create and describe cases. */
@Command(
    name = "case",
    description = "Create or describe a case folder.",
    subcommands = {CaseCommand.Create.class, CaseCommand.Info.class})
public final class CaseCommand {

  /** {@code veil case create DIR --name N}. */
  @Command(name = "create", description = "Create a new case folder (Name.veil).")
  static final class Create implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new case folder.")
    Path dir;

    @Option(names = "--name", required = true, description = "Case name.")
    String name;

    @Option(names = "--number", description = "Case number.")
    String number;

    @Option(names = "--agency", description = "Agency.")
    String agency;

    @Option(names = "--examiner", description = "Examiner (default: the OS user).")
    String examiner;

    @Option(
        names = "--time-zone",
        description = "Time zone dates are shown in (default: this machine's).")
    String timeZone;

    @Override
    public Integer call() throws CaseException {
      ZoneId zone = timeZone == null ? ZoneId.systemDefault() : ZoneId.of(timeZone);
      String who = Examiners.resolve(examiner, null);
      CaseInfo info = new CaseInfo(name, number, agency, who, Clock.systemUTC().instant(), zone);
      try (CaseFolder folder = NewCase.create(dir, info)) {
        System.out.println("created case " + name + " in " + folder.dir());
      }
      return 0;
    }
  }

  /** {@code veil case info DIR}. */
  @Command(name = "info", description = "Show a case's identity.")
  static final class Info implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() throws CaseException {
      try (CaseFolder folder = CaseFolder.open(dir)) {
        CaseInfo info = folder.info();
        System.out.println("name:      " + info.name());
        System.out.println("number:    " + nullToDash(info.number()));
        System.out.println("agency:    " + nullToDash(info.agency()));
        System.out.println("examiner:  " + nullToDash(info.examiner()));
        System.out.println("created:   " + info.created());
        System.out.println("time zone: " + info.timeZone().getId());
      }
      return 0;
    }

    private static String nullToDash(String value) {
      return value == null ? "-" : value;
    }
  }
}
