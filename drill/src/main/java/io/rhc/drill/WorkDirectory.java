package io.rhc.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A drill's work directory (install roots, logs, scripts): removed at the end unless {@code -Drhc.drill.keep}. */
final class WorkDirectory {
  private WorkDirectory() {}

  /** Removes {@code work}, or with {@code rhc.drill.keep} says where it was kept ({@code what} it holds). */
  static void remove(Path work, String what, Consumer<String> progress) {
    if (Boolean.getBoolean("rhc.drill.keep")) {
      progress.accept("kept the drill's " + what + " in " + work);
      return;
    }
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      if (Files.exists(work)) {
        progress.accept("cannot remove " + work + ": " + e.getMessage());
      }
    }
  }
}
