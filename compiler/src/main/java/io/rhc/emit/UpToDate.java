package io.rhc.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whether a directory already holds exactly a set of artifacts: no file missing, extra, different or with another mode. */
final class UpToDate {
  private UpToDate() {}

  /** {@code posix}: whether the file system of {@code dir} keeps modes, so that they are compared too. */
  static boolean holds(Path dir, List<Artifact> artifacts, boolean posix) throws IOException {
    Map<Path, Artifact> expected = new HashMap<>();
    Set<Path> directories = new HashSet<>();
    directories.add(dir);
    for (Artifact artifact : artifacts) {
      Path file = dir.resolve(artifact.path()).normalize();
      expected.put(file, artifact);
      for (Path p = file.getParent(); p != null && p.startsWith(dir) && directories.add(p); p = p.getParent()) {
        // every directory between the file and dir belongs to the output
      }
    }
    Entries seen = new Entries(expected, directories, posix);
    Files.walkFileTree(dir, seen);
    return seen.matching && seen.files == expected.size();
  }

  /** Visits the directory tree until something is found that the artifacts would not have produced. */
  private static final class Entries extends SimpleFileVisitor<Path> {
    private final Map<Path, Artifact> expected;
    private final Set<Path> directories;
    private final boolean posix;
    boolean matching = true;
    int files;

    Entries(Map<Path, Artifact> expected, Set<Path> directories, boolean posix) {
      this.expected = expected;
      this.directories = directories;
      this.posix = posix;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return directories.contains(dir) ? FileVisitResult.CONTINUE : mismatch();
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      Artifact artifact = expected.get(file);
      if (artifact == null || !attrs.isRegularFile() || posix && !sameMode(file, artifact)
          || !Arrays.equals(Files.readAllBytes(file), artifact.content().getBytes(StandardCharsets.UTF_8))) {
        return mismatch();
      }
      files++;
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      return mismatch();
    }

    private static boolean sameMode(Path file, Artifact artifact) throws IOException {
      return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
          .equals(artifact.executable() ? OutputWriter.SCRIPT : OutputWriter.FILE);
    }

    private FileVisitResult mismatch() {
      matching = false;
      return FileVisitResult.TERMINATE;
    }
  }
}
