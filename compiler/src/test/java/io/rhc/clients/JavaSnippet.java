package io.rhc.clients;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A Java snippet {@code rhc clients} prints (imports, then statements) made into a program the way a reader would
 * paste it: the imports above a class, the statements at the start of its {@code main}, then the caller's code.
 * Compiled with the JDK's compiler against the test class path, where the client libraries are test dependencies.
 */
public final class JavaSnippet {
  private JavaSnippet() {}

  /** The source of class {@code name}: the snippet's imports and {@code imports}, its statements, then {@code body}. */
  public static String program(String name, String snippet, List<String> imports, String body) {
    List<String> lines = snippet.lines().toList();
    String head = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
    String statements = lines.stream().filter(l -> !l.startsWith("import ")).map(l -> l.isBlank() ? "" : "    " + l)
        .collect(Collectors.joining("\n")).strip();
    return head + "\n" + imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining())
        + "\npublic final class " + name + " {\n  public static void main(String[] args) throws Exception {\n    "
        + statements + "\n" + body.lines().map(l -> l.isBlank() ? "" : "    " + l)
        .collect(Collectors.joining("\n")) + "\n  }\n}\n";
  }

  /** Compiles {@code sources} (class name to source) into {@code dir}; fails with javac's messages and the source. */
  public static void compile(Path dir, Map<String, String> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK (not a JRE) runs the tests");
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      files.add(Files.writeString(dir.resolve(s.getKey() + ".java"), s.getValue()));
    }
    StringWriter said = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      boolean ok = javac.getTask(said, fm, null, List.of("-d", dir.toString(), "-classpath",
          System.getProperty("java.class.path"), "-proc:none", "-Xlint:all", "-Werror"), null, units).call();
      assertTrue(ok, "the snippet does not compile:\n" + said + "\n" + String.join("\n---\n", sources.values()));
    }
  }

  /** The class path that runs a program {@link #compile} wrote into {@code dir}. */
  public static String classPath(Path dir) {
    return dir + java.io.File.pathSeparator + System.getProperty("java.class.path");
  }
}
