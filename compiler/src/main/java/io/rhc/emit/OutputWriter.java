package io.rhc.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a set of artifacts as one directory, atomically: everything goes to a temporary
 * sibling directory first, which then replaces the target. A failure leaves the previous
 * directory untouched.
 */
public final class OutputWriter {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> SCRIPT = PosixFilePermissions.fromString("rwxr-xr-x");

  private static final Map<Object, Boolean> POSIX_BY_DEVICE = new ConcurrentHashMap<>();

  private OutputWriter() {}

  public static void replaceDirectory(Path target, List<Artifact> artifacts) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".rhc-new-");
    try {
      boolean posix = supportsPosix(staging);
      for (Artifact artifact : artifacts) {
        write(staging, artifact, posix);
      }
      swap(absolute, staging);
    } finally {
      deleteTree(staging);
    }
  }

  /** Whether the file system of {@code dir} keeps POSIX permissions, asked once per device. */
  private static boolean supportsPosix(Path dir) throws IOException {
    Object device;
    try {
      device = Files.getAttribute(dir, "unix:dev");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Files.getFileStore(dir).supportsFileAttributeView("posix");
    }
    Boolean known = POSIX_BY_DEVICE.get(device);
    if (known == null) {
      // each getFileStore call scans the mount table: a batch asks once, not once per directory
      known = Files.getFileStore(dir).supportsFileAttributeView("posix");
      POSIX_BY_DEVICE.put(device, known);
    }
    return known;
  }

  private static void write(Path root, Artifact artifact, boolean posix) throws IOException {
    Path file = root.resolve(artifact.path()).normalize();
    if (!file.startsWith(root)) {
      throw new IOException("artifact path escapes the output directory: " + artifact.path());
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, artifact.content(), StandardCharsets.UTF_8);
    if (posix) {
      Files.setPosixFilePermissions(file, artifact.executable() ? SCRIPT : FILE);
    }
  }

  private static void swap(Path target, Path staging) throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a directory");
    }
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".rhc-old-");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
