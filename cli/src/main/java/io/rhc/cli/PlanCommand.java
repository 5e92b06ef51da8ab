package io.rhc.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc plan}: what {@code compile} would change on disk, as unified diffs. */
final class PlanCommand implements Callable<Integer> {
  static final int DRIFT = 2;

  final CommandSpec spec = CommandModel.of(this, "plan")
      .description("Compare what `rhc compile` would write with what is on disk and print a unified diff per"
          + " added, changed or removed file. Takes the same arguments as `compile`; writes nothing. CI can fail"
          + " on stale committed artifacts with it.")
      .exitCodes("0:no drift: the files on disk are what compile would write",
          "1:a spec has errors", "2:drift: some file would be added, changed or removed (usage errors also exit 2;"
          + " they print a message on stderr)", "3:I/O error", "4:internal error")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final BatchOptions batch = new BatchOptions(spec);

  @Override
  public Integer call() {
    if (batch.toStdout()) {
      throw new ParameterException(spec.commandLine(), "plan compares with an output directory: give --out DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = output.humanOut();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    List<BatchCompiler.Output> outputs = new ArrayList<>();
    BatchCompiler.Result result = batch.run(spec, printer, err, output.useColor(), outputs::add);
    int written = printer.finish();
    int added = 0;
    int changed = 0;
    int removed = 0;
    for (BatchCompiler.Output o : outputs) {
      Map<String, String> wanted = new TreeMap<>();
      o.artifacts().forEach(a -> wanted.put(a.path(), a.content()));
      Map<String, String> present = readTree(o.dir());
      TreeMap<String, Boolean> all = new TreeMap<>();
      wanted.keySet().forEach(k -> all.put(k, true));
      present.keySet().forEach(k -> all.put(k, true));
      for (String file : all.keySet()) {
        String before = present.get(file);
        String after = wanted.get(file);
        if (before != null && before.equals(after)) {
          continue;
        }
        if (before == null) {
          added++;
        } else if (after == null) {
          removed++;
        } else {
          changed++;
        }
        printDiff(out, o.dir().resolve(file), before, after);
      }
    }
    out.println("plan: " + added + " to add, " + changed + " to change, " + removed + " to remove");
    out.flush();
    if (result.code() != ExitCodes.OK || written != ExitCodes.OK) {
      return ExitCodes.worst(result.code(), written);
    }
    return added + changed + removed > 0 ? DRIFT : ExitCodes.OK;
  }

  private static void printDiff(PrintWriter out, Path file, String before, String after) {
    List<String> original = before == null ? List.of() : lines(before);
    List<String> revised = after == null ? List.of() : lines(after);
    String from = before == null ? "/dev/null" : "a/" + file;
    String to = after == null ? "/dev/null" : "b/" + file;
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(from, to, original,
        DiffUtils.diff(original, revised), 3);
    diff.forEach(out::println);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }

  private static Map<String, String> readTree(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'),
            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
