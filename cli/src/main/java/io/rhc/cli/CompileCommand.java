package io.rhc.cli;

import io.rhc.emit.Artifact;
import io.rhc.emit.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc compile SPEC... --target T --out DIR}. */
final class CompileCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "compile")
      .description("Compile specs into deployment files. A spec with errors (schema, cross-field or lint) writes"
          + " nothing. With one spec and one target, DIR receives that target's files; otherwise each spec and"
          + " target gets DIR/<spec name>/<target>/. Each output directory is replaced atomically: a failed"
          + " compile leaves the previous one untouched, and one that already holds exactly the generated files"
          + " is not touched at all (modification times stay).")
      .exitCodes("0:every spec compiled", "1:a spec has errors (the others are still written)",
          "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final BatchOptions batch = new BatchOptions(spec);

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    if (batch.toStdout()) {
      return stream(printer, err);
    }
    BatchCompiler.Result result;
    List<Written> writes = new ArrayList<>();
    try (Writers writers = new Writers()) {
      // each output is written while the next specs compile; failures are reported after the batch, in order
      result = batch.run(spec, printer, err, output.useColor(), o -> writes.add(writers.write(o)));
      int code = result.code();
      int written = 0;
      int unchanged = 0;
      int failed = result.failed();
      for (Written w : writes) {
        Outcome outcome = w.await();
        if (outcome.error() == null) {
          written += w.output().artifacts().size();
          unchanged += outcome.changed() ? 0 : 1;
        } else {
          err.println("rhc: cannot write " + w.output().dir() + ": " + outcome.error().getMessage());
          code = ExitCodes.worst(code, ExitCodes.IO);
          failed++;
        }
      }
      code = ExitCodes.worst(code, printer.finish());
      output.humanOut().println("compiled " + (result.specs() - failed) + " of "
          + Counts.of(result.specs(), "spec") + " to " + batch.out() + " (" + written + " files"
          + upToDate(unchanged, writes.size()) + ")" + (failed > 0 ? "; " + failed + " failed" : ""));
      return code;
    }
  }

  /** {@code --out -}: the one output as a stream on stdout, which nothing else may then write to. */
  private int stream(DiagnosticPrinter printer, PrintWriter err) {
    if (output.documentOnStdout()) {
      throw new ParameterException(spec.commandLine(), "--out - and --format " + output.format().name()
          .toLowerCase(java.util.Locale.ROOT) + " both write to stdout: add --output FILE for the diagnostics");
    }
    List<BatchCompiler.Output> outputs = new ArrayList<>();
    BatchCompiler.Result result = batch.run(spec, printer, err, output.useColor(), outputs::add);
    int code = ExitCodes.worst(result.code(), printer.finish());
    if (outputs.isEmpty()) {
      return code;
    }
    List<Artifact> artifacts = outputs.get(0).artifacts();
    if (!KustomizeStream.applies(artifacts)) {
      err.println("rhc: --out - prints Kubernetes objects; this target writes files that refer to each other by"
          + " path (" + artifacts.stream().map(Artifact::path).filter(p -> p.contains("/")).findFirst()
          .orElse("its configuration files") + "), so they only work as a directory: use --out DIR");
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(KustomizeStream.render(artifacts));
    out.flush();
    return code;
  }

  private static String upToDate(int unchanged, int outputs) {
    if (unchanged == 0) {
      return "";
    }
    return unchanged == outputs && outputs == 1 ? "; already up to date"
        : "; " + unchanged + " of " + outputs + " output directories already up to date";
  }

  /** How writing one output directory ended: replaced, left as it was (already up to date), or an I/O error. */
  private record Outcome(boolean changed, IOException error) {}

  /** One output directory being written. */
  private record Written(BatchCompiler.Output output, Future<Outcome> done) {
    Outcome await() {
      try {
        return done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw Ahead.rethrow(e.getCause());
      }
    }
  }

  /**
   * Writes output directories on as many threads as there are processors (each directory is replaced
   * atomically on its own, so their order does not matter), holding at most {@link #PENDING} of them
   * in memory; a single output is written on the calling thread.
   */
  private static final class Writers implements AutoCloseable {
    private static final int PENDING = 64;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Semaphore room = new Semaphore(PENDING);
    private ExecutorService pool;
    private int count;

    Written write(BatchCompiler.Output o) {
      count++;
      if (threads == 1 || count == 1) {
        // the first output is written in place: a single compile never starts a thread
        return new Written(o, CompletableFuture.completedFuture(writeNow(o)));
      }
      if (pool == null) {
        pool = Executors.newFixedThreadPool(threads, Ahead::daemon);
      }
      room.acquireUninterruptibly();
      return new Written(o, pool.submit(() -> {
        try {
          return writeNow(o);
        } finally {
          room.release();
        }
      }));
    }

    private static Outcome writeNow(BatchCompiler.Output o) {
      try {
        return new Outcome(OutputWriter.replaceDirectory(o.dir(), o.artifacts()), null);
      } catch (IOException e) {
        return new Outcome(true, e);
      }
    }

    /** Waits for the writes under way, also when the batch stopped on an error: none is cut off mid-swap. */
    @Override
    public void close() {
      if (pool == null) {
        return;
      }
      pool.shutdown();
      boolean interrupted = false;
      while (true) {
        try {
          if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
