package io.rhc.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes a set of artifacts as one directory, atomically: everything goes to a temporary
 * sibling directory first, which then replaces the target. A failure leaves the previous
 * directory untouched, and so does a compile that would write exactly what is already there.
 */
public final class OutputWriter {
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  static final Set<PosixFilePermission> SCRIPT = PosixFilePermissions.fromString("rwxr-xr-x");

  private static final Map<Object, Boolean> POSIX_BY_DEVICE = new ConcurrentHashMap<>();
  private static final boolean DEFAULT_POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
  /**
   * Distinct per process (its start in nanoseconds) and per directory (counter) for staging names; a name
   * another process took only costs a retry. Not the pid: ProcessHandle starts a reaper thread, 3 ms of a run.
   */
  private static final long PROCESS = System.nanoTime();
  private static final AtomicLong NEXT = new AtomicLong();

  private OutputWriter() {}

  /**
   * Makes {@code target} hold exactly {@code artifacts}. Returns false, touching nothing, when it already
   * does (same files, bytes and modes, nothing else): unchanged outputs keep their modification times, and
   * a regeneration in CI or a pre-commit hook creates and deletes no files.
   */
  public static boolean replaceDirectory(Path target, List<Artifact> artifacts) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)
        && UpToDate.holds(absolute, artifacts, supportsPosix(absolute))) {
      return false;
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = uniqueDirectory(parent, "." + absolute.getFileName() + ".rhc-new-");
    try {
      boolean posix = supportsPosix(staging);
      for (Artifact artifact : artifacts) {
        write(staging, artifact, posix);
      }
      swap(absolute, staging);
    } finally {
      deleteTree(staging);
    }
    return true;
  }

  /**
   * Makes {@code target} hold {@code content}: written to a sibling first, then moved over it, so a reader
   * sees the old file or the new one, never a part, and a failed write leaves the old one.
   */
  public static void replaceFile(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new FileAlreadyExistsException(target.toString(), null, "is a directory");
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = uniqueDirectory(parent, "." + absolute.getFileName() + ".rhc-new-");
    try {
      Path file = staging.resolve(absolute.getFileName());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      if (supportsPosix(staging)) {
        Files.setPosixFilePermissions(file, FILE);
      }
      Files.move(file, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * Creates a new directory {@code prefix<n>} in {@code parent}, owner-only like
   * {@link Files#createTempDirectory}, which it replaces: that seeds a SecureRandom for the name, a
   * millisecond or more of a cold start (and /dev/random reads), while the name only has to be unused.
   */
  private static Path uniqueDirectory(Path parent, String prefix) throws IOException {
    while (true) {
      Path dir = parent.resolve(prefix + Long.toUnsignedString(PROCESS ^ NEXT.getAndIncrement() * 0x9E3779B97F4A7C15L));
      try {
        return DEFAULT_POSIX && parent.getFileSystem() == FileSystems.getDefault()
            ? Files.createDirectory(dir, OWNER_ONLY)
            : Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        // another process (or an earlier run that crashed) has this one: try the next name
      }
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
      old = uniqueDirectory(target.getParent(), "." + target.getFileName() + ".rhc-old-");
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
