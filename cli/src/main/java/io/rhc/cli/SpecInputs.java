package io.rhc.cli;

import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceFile;
import io.rhc.source.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Turns command-line file arguments into source files, reporting what cannot be read. */
final class SpecInputs {
  private SpecInputs() {}

  /** A file argument after reading: the source, a spec-level rejection, or an I/O failure already printed. */
  record Input(Path path, Optional<SourceFile> source, Optional<Diagnostic> rejection, boolean ioFailed) {}

  /** The argument that names standard input, and how diagnostics name it. */
  static final String STDIN = "-";
  static final String STDIN_NAME = "<stdin>";

  /** How diagnostics name {@code path}. */
  static String displayName(Path path) {
    return isStdin(path) ? STDIN_NAME : path.toString();
  }

  static boolean isStdin(Path path) {
    return path.toString().equals(STDIN);
  }

  static Input read(Path path, PrintWriter err) {
    String name = displayName(path);
    try {
      SourceReader.Result result = isStdin(path) ? SourceReader.read(StandardInput.stream(), name)
          : SourceReader.read(path, name);
      if (result instanceof SourceReader.Result.Read read) {
        return new Input(path, Optional.of(read.file()), Optional.empty(), false);
      }
      SourceReader.Result.Rejected rejected = (SourceReader.Result.Rejected) result;
      Diagnostic d = Diagnostic.error(rejected.code(), SpecPath.root(), rejected.summary(), rejected.hint())
          .withLocation(name, null);
      return new Input(path, Optional.empty(), Optional.of(d), false);
    } catch (NoSuchFileException e) {
      err.println("rhc: " + name + ": no such file");
    } catch (IOException e) {
      err.println("rhc: " + name + ": cannot read: " + e.getMessage());
    }
    err.flush();
    return new Input(path, Optional.empty(), Optional.empty(), true);
  }
}
