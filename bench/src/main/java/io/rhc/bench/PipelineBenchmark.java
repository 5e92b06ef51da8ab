package io.rhc.bench;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One example through the warm pipeline, without writing files: {@code check} is parse, validate,
 * resolve and lint; {@code compile} adds emitting the target's artifacts and checking them.
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineBenchmark {
  @Param({"examples/homelab-k8s/spec.yaml"})
  public String spec;

  @Param({"kubernetes"})
  public String target;

  private final Compiler compiler = new Compiler();
  private SourceFile source;
  private List<Target> targets;

  @Setup
  public void load() throws IOException {
    source = new SourceFile(spec, Files.readString(Path.of(spec), StandardCharsets.UTF_8));
    targets = List.of(TargetRegistry.load().find(target)
        .orElseThrow(() -> new IllegalArgumentException("no target " + target)));
    CompilationResult result = compiler.compile(source, targets);
    if (result.hasErrors()) {
      throw new IllegalStateException(spec + " does not compile to " + target + ": " + result.diagnostics());
    }
  }

  @Benchmark
  public CompilationResult check() {
    return compiler.check(source);
  }

  @Benchmark
  public CompilationResult compile() {
    return compiler.compile(source, targets);
  }
}
