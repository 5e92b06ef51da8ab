package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.source.SourceFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Reads and compiles spec files in file order, up to {@link #WINDOW} files ahead of the caller, on as many
 * threads as there are processors; with one file or one processor, on the calling thread. The caller takes
 * the results with {@link #next()} in file order, so everything it prints keeps that order. Each thread has
 * its own {@link Compiler}; what reading a file printed is held back and returned with its result.
 */
final class Ahead implements AutoCloseable {
  private static final int WINDOW = 16;

  /** One file read and, when it could be read, compiled; {@code readErrors} is what reading it printed. */
  record Compiled(SpecInputs.Input input, String readErrors, CompilationResult result) {
    /** Prints the held-back read errors. */
    void printReadErrors(PrintWriter err) {
      if (!readErrors.isEmpty()) {
        err.print(readErrors);
        err.flush();
      }
    }
  }

  private final List<Path> files;
  private final BiFunction<Compiler, SourceFile, CompilationResult> compile;
  private final ExecutorService pool;
  private final ThreadLocal<Compiler> compilers = ThreadLocal.withInitial(Compiler::new);
  private final ArrayDeque<Future<Compiled>> queued = new ArrayDeque<>();
  private int submitted;

  Ahead(List<Path> files, BiFunction<Compiler, SourceFile, CompilationResult> compile) {
    this.files = files;
    this.compile = compile;
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, Ahead::daemon) : null;
  }

  Compiled next() {
    if (pool == null) {
      return compile(files.get(submitted++));
    }
    while (submitted < files.size() && queued.size() < WINDOW) {
      Path file = files.get(submitted++);
      queued.add(pool.submit(() -> compile(file)));
    }
    try {
      return queued.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private Compiled compile(Path file) {
    StringWriter buffer = new StringWriter();
    SpecInputs.Input input = SpecInputs.read(file, new PrintWriter(buffer));
    CompilationResult result = input.source().map(source -> compile.apply(compilers.get(), source)).orElse(null);
    return new Compiled(input, buffer.toString(), result);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** The exception a worker thread threw, as if the calling thread had thrown it. */
  static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(cause);
  }

  static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "rhc-worker");
    thread.setDaemon(true);
    return thread;
  }
}
