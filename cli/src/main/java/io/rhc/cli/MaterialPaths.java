package io.rhc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The PATH arguments of {@code rhc audit} and {@code rhc import}: existing files or directories, or {@code -} once. */
record MaterialPaths(List<Path> paths, Optional<String> stdin) {
  /** More than any rendered chart; a runaway pipe is refused instead of read whole. */
  private static final int MAX_STDIN = 16 * 1024 * 1024;

  static MaterialPaths of(CommandLine command, List<String> names) {
    List<Path> paths = new ArrayList<>();
    Optional<String> stdin = Optional.empty();
    for (String name : names) {
      Path path = Path.of(name);
      if (name.equals("-")) {
        if (stdin.isPresent()) {
          throw new ParameterException(command, "`-` (stdin) can be given once");
        }
        stdin = Optional.of(readStdin(command));
      } else if (!Files.exists(path)) {
        throw new ParameterException(command, "No such file or directory: " + name);
      }
      paths.add(path);
    }
    return new MaterialPaths(List.copyOf(paths), stdin);
  }

  private static String readStdin(CommandLine command) {
    try {
      byte[] bytes = StandardInput.stream().readNBytes(MAX_STDIN + 1);
      if (bytes.length > MAX_STDIN) {
        throw new ParameterException(command, "stdin holds more than " + MAX_STDIN / (1024 * 1024)
            + " MiB; give the files instead");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParameterException(command, "Cannot read stdin: " + e.getMessage());
    }
  }
}
