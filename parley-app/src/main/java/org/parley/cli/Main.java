package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: one subcommand a job. Exit codes: 0 ok, 1 failure, 2 bad usage or bad input. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
    description = "Reads political and diplomatic news as data: who said what, who did what to whom, when.",
    subcommands = {BriefCommand.class, EvalCommand.class, AnnotateCommand.class, BenchCommand.class,
        IngestCommand.class, WatchCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("parley: " + describe(ex));
      return 1;
    });
    cli.setParameterExceptionHandler((ex, args1) -> {
      CommandLine line = ex.getCommandLine();
      String message = ex.getMessage();
      if (causedByDate(ex)) {
        String option = ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : "a date";
        message = "invalid value for " + option + ": expected a date YYYY-MM-DD, found '" + ex.getValue() + "'";
      }
      line.getErr().println("parley: " + message);
      line.getErr().println("Try 'parley " + line.getCommandName() + " --help'.");
      return 2;
    });
    return cli.execute(args);
  }

  /**
   * One line for a failure: its message, or for a bug that carries none (a NullPointerException) its kind and where it
   * happened, so that "parley: null" never reaches the user.
   */
  static String describe(Throwable ex) {
    if (ex.getMessage() != null && !ex.getMessage().isBlank()) {
      return ex.getMessage();
    }
    StackTraceElement[] at = ex.getStackTrace();
    String where = at.length == 0 ? "" : " at " + at[0].getClassName() + "." + at[0].getMethodName() + ":"
        + at[0].getLineNumber();
    return "internal error (" + ex.getClass().getSimpleName() + where + "); please report it";
  }

  private static boolean causedByDate(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof java.time.DateTimeException) {
        return true;
      }
    }
    return ex.getMessage() != null && ex.getMessage().contains("java.time.LocalDate");
  }
}
