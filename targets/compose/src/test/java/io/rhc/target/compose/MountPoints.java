package io.rhc.target.compose;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Empty host directories that bind mounts in private mount namespaces need as targets (the
 * container paths {@code /etc/rhc}, {@code /data}, …). Only the ones made here are removed on
 * close, and only while still empty.
 */
final class MountPoints implements AutoCloseable {
  private final List<Path> created = new ArrayList<>();

  void ensure(String path) throws IOException {
    Path p = Path.of(path);
    if (Files.isDirectory(p)) {
      return;
    }
    List<Path> missing = new ArrayList<>();
    for (Path q = p; q != null && !Files.exists(q); q = q.getParent()) {
      missing.add(0, q);
    }
    Files.createDirectories(p);
    created.addAll(missing);
  }

  @Override
  public void close() throws IOException {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (DirectoryNotEmptyException e) {
        // something else was put there meanwhile: not ours to delete
      }
    }
    created.clear();
  }
}
