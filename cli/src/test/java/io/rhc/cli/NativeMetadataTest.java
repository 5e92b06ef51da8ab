package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The native image reflects only on what its metadata names: a template view record or a resource
 * missing from {@code reachability-metadata.json} renders nothing (or fails) in the native binary
 * while every JVM test passes. Regenerate with {@code -Dnative.metadata.update=true}.
 */
class NativeMetadataTest {
  private static final Path FILE = Path.of(NativeMetadata.FILE);

  @Test
  void committedMetadataNamesEveryViewRecordAndResourceGlob() throws IOException {
    String expected = NativeMetadata.json();
    if (Boolean.getBoolean("native.metadata.update")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(FILE, StandardCharsets.UTF_8),
        FILE + " is stale: a template view record was added or removed; run the test with -Dnative.metadata.update=true");
  }

  @Test
  void viewRecordsIncludeNestedRecordsOfEveryRenderingPackage() {
    Set<String> records = NativeMetadata.viewRecords();
    for (String known : List.of("io.rhc.emit.runtime.RedisConf$View", "io.rhc.target.systemd.UnitViews$Redis",
        "io.rhc.target.systemd.UnitViews$Env")) {
      assertTrue(records.contains(known), known + " missing from " + records);
    }
  }

  @Test
  void everyClassPathResourceOfTheProjectMatchesAGlob() throws IOException {
    List<PathMatcher> globs = NativeMetadata.RESOURCE_GLOBS.stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
    Set<String> resources = projectResources();
    assertTrue(resources.contains("io/rhc/schema/spec.schema.json"), resources.toString());
    assertTrue(resources.stream().anyMatch(r -> r.startsWith("io/rhc/target/systemd/templates/")), resources.toString());
    for (String resource : resources) {
      assertTrue(globs.stream().anyMatch(g -> g.matches(Path.of(resource))), resource + " matches no resource glob");
    }
  }

  /** Every non-class file under {@code io/rhc/} in any class-path entry (directory or jar). */
  private static Set<String> projectResources() throws IOException {
    Set<String> names = new TreeSet<>();
    Enumeration<URL> roots = NativeMetadataTest.class.getClassLoader().getResources("io/rhc");
    while (roots.hasMoreElements()) {
      URI root = URI.create(roots.nextElement().toString());
      if (root.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
          collect(jar.getPath("/io/rhc"), jar.getPath("/"), names);
        }
      } else {
        Path dir = Path.of(root);
        collect(dir, dir.getParent().getParent(), names);
      }
    }
    return names;
  }

  private static void collect(Path dir, Path classPathRoot, Set<String> names) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile)
          .map(f -> classPathRoot.relativize(f).toString().replace('\\', '/'))
          .filter(name -> !name.endsWith(".class"))
          .forEach(names::add);
    }
  }
}
