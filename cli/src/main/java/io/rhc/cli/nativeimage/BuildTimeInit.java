package io.rhc.cli.nativeimage;

import io.rhc.emit.template.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeClassInitialization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Native-image build step (never loaded on the JVM): does the start-up work that is the same on every
 * run while the image is built, so the executable starts with its result in the image heap. The JSON
 * Schema is parsed and its validator compiled, the schema defaults are read, every Mustache template on
 * the class path is compiled, the members Mustache.java can find on each template view are looked up,
 * and picocli builds the command-line model of every command from its
 * annotations. Everything done here is a pure function of class-path
 * resources; nothing depends on the build machine's locale, time zone or environment.
 */
public final class BuildTimeInit implements Feature {
  /** Classes whose static state (schema tree, compiled schema, defaults, template cache, command line) goes into the image. */
  static final List<String> CLASSES = List.of(
      "io.rhc.parse.SchemaDocument$Loaded",
      "io.rhc.validate.SchemaValidator$Compiled",
      "io.rhc.resolve.SchemaDefaults",
      "io.rhc.emit.template.Templates",
      "io.rhc.cli.Main$Prepared");

  /**
   * Packages (with their subpackages) of the objects that state holds, initialized at build time with it (the
   * image heap may only hold objects of build-time initialized classes): the validator with its Jackson, YAML,
   * date-time and SLF4J libraries, Mustache.java, picocli with the command objects of io.rhc.cli (their
   * fields hold only option defaults until a run parses its arguments into them), and the rhc packages
   * that own the state.
   */
  /** The CLI's own reachability metadata (written by NativeMetadataTest), which lists the template views. */
  static final String METADATA = "META-INF/native-image/io.rhc/rhc-cli/reachability-metadata.json";

  static final List<String> PACKAGES = List.of(
      "io.rhc.validate", "io.rhc.emit.template", "com.networknt", "tools.jackson", "com.fasterxml.jackson",
      "org.snakeyaml.engine", "com.ethlo.time", "org.slf4j", "com.github.mustachejava", "picocli", "io.rhc.cli");

  @Override
  public String getDescription() {
    return "rhc: compiles the JSON Schema and the Mustache templates at image build time";
  }

  @Override
  public void afterRegistration(AfterRegistrationAccess access) {
    // the option names packages, not package trees: list every package below the prefixes
    TreeSet<String> packages = new TreeSet<>();
    scan(access.getApplicationClassPath(), name -> {
      int slash = name.lastIndexOf('/');
      if (name.endsWith(".class") && slash > 0) {
        String pkg = name.substring(0, slash).replace('/', '.');
        if (PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
          packages.add(pkg);
        }
      }
    });
    RuntimeClassInitialization.initializeAtBuildTime(packages.toArray(String[]::new));
    for (String name : CLASSES) {
      RuntimeClassInitialization.initializeAtBuildTime(load(access.getApplicationClassLoader(), name, false));
    }
  }

  @Override
  public void beforeAnalysis(BeforeAnalysisAccess access) {
    for (String name : CLASSES) {
      load(access.getApplicationClassLoader(), name, true);
    }
    Templates.instance().precompile(templates(access.getApplicationClassPath()));
    Templates.instance().learn(views(access.getApplicationClassLoader()));
  }

  /** The template view records, as listed for reflection in the CLI's reachability metadata. */
  static List<Class<?>> views(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(METADATA)) {
      if (in == null) {
        throw new IllegalStateException("rhc build-time initialization: " + METADATA + " is not on the class path");
      }
      List<Class<?>> views = new ArrayList<>();
      for (JsonNode entry : JsonMapper.builder().build().readTree(in).path("reflection")) {
        Class<?> type = load(loader, entry.path("type").asString(), false);
        if (type.isRecord()) {
          views.add(type);
        }
      }
      return views;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(ClassLoader loader, String name, boolean initialize) {
    try {
      return Class.forName(name, initialize, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("rhc build-time initialization: " + name + " is not on the class path", e);
    }
  }

  /** Resource names of every {@code io/rhc/**}{@code /*.mustache} in the class-path jars and directories. */
  static TreeSet<String> templates(List<Path> classPath) {
    TreeSet<String> names = new TreeSet<>();
    scan(classPath, name -> {
      if (name.startsWith("io/rhc/") && name.endsWith(".mustache")) {
        names.add(name);
      }
    });
    return names;
  }

  /** Calls {@code visit} with the name of every file in the class-path jars and directories. */
  private static void scan(List<Path> classPath, Consumer<String> visit) {
    for (Path entry : classPath) {
      try {
        if (Files.isDirectory(entry)) {
          try (Stream<Path> walk = Files.walk(entry)) {
            walk.filter(Files::isRegularFile)
                .map(p -> entry.relativize(p).toString().replace('\\', '/'))
                .forEach(visit);
          }
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
          try (ZipFile jar = new ZipFile(entry.toFile())) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
              ZipEntry z = e.nextElement();
              if (!z.isDirectory()) {
                visit.accept(z.getName());
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
