package io.rhc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code rhc <command> ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (nativeImage()) {
      if (args.length == 2 && args[0].equals(io.rhc.drill.DrillDns.NATIVE_ARGUMENT)) {
        runDrillDns(args[1]);
      }
      System.exit(run(System.out, System.err, Prepared.COMMAND_LINE, args));
    }
    if (args.length > 0 && Commands.READING_SPECS.contains(args[0])) {
      Warmup.start();
    }
    System.exit(run(System.out, System.err, Commands.forArgs(args), args));
  }

  /** The drill's DNS server, started by {@code rhc drill} inside its client namespace (the JVM runs its class). */
  private static void runDrillDns(String hostsFile) {
    try {
      io.rhc.drill.DrillDns.main(new String[] {hostsFile});
    } catch (java.io.IOException e) {
      System.err.println("rhc drill DNS: " + e.getMessage());
      System.exit(ExitCodes.IO);
    }
  }

  /**
   * Whether this is the native executable (the property GraalVM's ImageInfo reads). Asked on each call, never
   * kept in a static field: this class is initialized while the image is built, where the answer is no.
   */
  private static boolean nativeImage() {
    return "runtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode"));
  }

  /**
   * The whole command line, built while the native image is built (see io.rhc.cli.nativeimage.BuildTimeInit):
   * picocli reads the annotations of every command then, not on each start. Never initialized on the JVM,
   * where each run builds only the command it runs.
   */
  static final class Prepared {
    static final CommandLine COMMAND_LINE = Commands.all();

    private Prepared() {}
  }

  private static int usageError(picocli.CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("rhc: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(System.in, out, err, args);
  }

  /** As {@link #run(PrintStream, PrintStream, String...)}, a spec given as {@code -} read from {@code in}. */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    StandardInput.use(in);
    return run(out, err, Commands.forArgs(args), args);
  }

  private static int run(PrintStream out, PrintStream err, CommandLine cli, String... args) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }
}
