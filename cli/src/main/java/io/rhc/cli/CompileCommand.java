package io.rhc.cli;

import io.rhc.emit.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rhc compile SPEC... --target T --out DIR}. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile specs into deployment files. A spec with errors (schema, cross-field or lint) writes"
        + " nothing. With one spec and one target, DIR receives that target's files; otherwise each spec and"
        + " target gets DIR/<spec name>/<target>/. Each output directory is replaced atomically: a failed compile"
        + " leaves the previous one untouched.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every spec compiled", "1:a spec has errors (the others are still written)",
        "2:usage error", "3:I/O error", "4:internal error"})
final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin BatchOptions batch;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, err);
    BatchCompiler.Result result;
    List<Written> writes = new ArrayList<>();
    try (Writers writers = new Writers()) {
      // each output is written while the next specs compile; failures are reported after the batch, in order
      result = batch.run(spec, printer, err, output.useColor(), o -> writes.add(writers.write(o)));
      int code = result.code();
      int written = 0;
      int failed = result.failed();
      for (Written w : writes) {
        Optional<IOException> error = w.await();
        if (error.isEmpty()) {
          written += w.output().artifacts().size();
        } else {
          err.println("rhc: cannot write " + w.output().dir() + ": " + error.get().getMessage());
          code = ExitCodes.worst(code, ExitCodes.IO);
          failed++;
        }
      }
      printer.finish();
      spec.commandLine().getOut().printf("compiled %d of %d spec%s to %s (%d files)%s%n", result.specs() - failed,
          result.specs(), result.specs() == 1 ? "" : "s", batch.out, written,
          failed > 0 ? "; " + failed + " failed" : "");
      return code;
    }
  }

  /** One output directory being written: the I/O error it ended with, if any. */
  private record Written(BatchCompiler.Output output, Future<Optional<IOException>> done) {
    Optional<IOException> await() {
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

    private static Optional<IOException> writeNow(BatchCompiler.Output o) {
      try {
        OutputWriter.replaceDirectory(o.dir(), o.artifacts());
        return Optional.empty();
      } catch (IOException e) {
        return Optional.of(e);
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
