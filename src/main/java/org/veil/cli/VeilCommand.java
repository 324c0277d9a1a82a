package org.veil.cli;

import java.io.PrintWriter;
import org.veil.store.CaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the {@code veil} command line. */
@Command(
    name = "veil",
    mixinStandardHelpOptions = true,
    versionProvider = VeilVersion.class,
    description = "Offline review workstation for seized media and chat exports.",
    subcommands = {
      CaseCommand.class,
      IngestCommand.class,
      ItemsCommand.class,
      MetadataCommand.class,
      PdqCommand.class,
      DupesCommand.class,
      AuditCommand.class,
      ChatCommand.class,
      ChatsCommand.class,
      MessagesCommand.class,
      SearchCommand.class,
      PostedCommand.class,
      BenchCommand.class,
      HashsetCommand.class,
      ExportCommand.class,
      ReportCommand.class,
    })
public final class VeilCommand {
  /** Exit codes: 0 all good, 1 finished with failed items, 2 usage or fatal error. */
  public static final int USAGE_OR_FATAL = 2;

  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new VeilCommand());
    addHelpEverywhere(line);
    line.setExecutionExceptionHandler(
        (error, command, parseResult) -> {
          PrintWriter err = command.getErr();
          err.println("veil: " + oneLine(error));
          err.flush();
          return USAGE_OR_FATAL;
        });
    line.setParameterExceptionHandler(
        (error, args) -> {
          PrintWriter err = error.getCommandLine().getErr();
          err.println("veil: " + error.getMessage());
          err.println(
              "try: " + error.getCommandLine().getCommandSpec().qualifiedName() + " --help");
          err.flush();
          return USAGE_OR_FATAL;
        });
    return line;
  }

  /**
   * {@code --help} on every command, not only the root, so {@code veil case create --help} works.
   */
  private static void addHelpEverywhere(CommandLine line) {
    for (CommandLine sub : line.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
      addHelpEverywhere(sub);
    }
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Expected failures read as a sentence; anything else names its type too. */
  static String oneLine(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null
        && !(cause instanceof CaseException)
        && !(cause instanceof CliFailure)
        && !(cause instanceof java.io.IOException)) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    boolean expected =
        cause instanceof CaseException
            || cause instanceof CliFailure
            || cause instanceof java.io.IOException
            || cause instanceof IllegalArgumentException
            || cause instanceof java.time.DateTimeException;
    if (message == null || message.isBlank()) {
      return cause.getClass().getSimpleName();
    }
    return expected
        ? message.lines().findFirst().orElse(message)
        : cause.getClass().getSimpleName() + ": " + message;
  }
}
