package io.rhc.testkit;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Spec;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A repository example ({@code examples/NAME/spec.yaml}) or a test's spec file as the pipeline resolves it,
 * optionally with settings of its YAML changed first: tests get the specs users get, and a variant states only what it changes, in the
 * spec's own terms. Resolving runs parse, schema and resolve (no lint rules: a variant may break one on purpose);
 * a variant that does not resolve fails the test with the diagnostics.
 */
public final class ExampleSpec {
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private final String name;
  private final String text;
  private final Map<String, Object> tree;
  private final boolean changed;

  private ExampleSpec(String name, String text, Map<String, Object> tree, boolean changed) {
    this.name = name;
    this.text = text;
    this.tree = tree;
    this.changed = changed;
  }

  /** The examples' names (their directories), sorted. */
  public static List<String> names() {
    try (Stream<Path> dirs = Files.list(examples())) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("spec.yaml")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ExampleSpec of(String name) {
    return file(name, examples().resolve(name).resolve("spec.yaml"));
  }

  /** A spec file of a test, such as one that covers what no example does. */
  public static ExampleSpec file(Path spec) {
    return file(spec.getFileName().toString().replaceFirst("\\.ya?ml$", ""), spec);
  }

  private static ExampleSpec file(String name, Path spec) {
    try {
      String text = Files.readString(spec);
      return new ExampleSpec(name, text, snakeYaml().load(text), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example as it is on disk, resolved. */
  public static Spec spec(String name) {
    return of(name).spec();
  }

  /** Sets the value at {@code path} ({@code spec.proxy.port}, {@code spec.systemd.hosts[1].node}), creating maps. */
  public ExampleSpec set(String path, Object value) {
    Map<String, Object> copy = copy();
    List<Object> steps = steps(path);
    Object parent = walk(copy, steps.subList(0, steps.size() - 1), path);
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer index) {
      asList(parent, path).set(index, value);
    } else {
      asMap(parent, path).put((String) last, value);
    }
    return new ExampleSpec(name, text, copy, true);
  }

  /** Sets the value at {@code path} to the YAML {@code value}, e.g. {@code "{ env: REDIS_PASSWORD }"}. */
  public ExampleSpec setYaml(String path, String value) {
    return set(path, snakeYaml().load(value));
  }

  /** Removes the setting at {@code path}, so that its default applies. */
  public ExampleSpec remove(String path) {
    Map<String, Object> copy = copy();
    List<Object> steps = steps(path);
    Object parent = walk(copy, steps.subList(0, steps.size() - 1), path);
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer index) {
      asList(parent, path).remove((int) index);
    } else if (asMap(parent, path).remove(last) == null) {
      throw new IllegalArgumentException(name + ": nothing to remove at " + path);
    }
    return new ExampleSpec(name, text, copy, true);
  }

  /** The spec's YAML: the file itself when nothing was changed. */
  public String yaml() {
    return changed ? snakeYaml().dump(tree) : text;
  }

  public ResolvedSpec resolved() {
    String label = changed ? name + " (changed)" : name;
    CompilationResult result = new Compiler().validate(new SourceFile(label + "/spec.yaml", yaml()));
    if (result.hasErrors() || result.spec().isEmpty()) {
      throw new AssertionError(label + " does not resolve: " + result.diagnostics() + "\n" + yaml());
    }
    return result.spec().get();
  }

  public Spec spec() {
    return resolved().spec();
  }

  @Override
  public String toString() {
    return name;
  }

  private Map<String, Object> copy() {
    return snakeYaml().load(snakeYaml().dump(tree));
  }

  private static Object walk(Object root, List<Object> steps, String path) {
    Object at = root;
    for (Object step : steps) {
      if (step instanceof Integer index) {
        at = asList(at, path).get(index);
      } else {
        at = asMap(at, path).computeIfAbsent((String) step, k -> new LinkedHashMap<String, Object>());
      }
    }
    return at;
  }

  /** {@code a.b[1].c} as the keys and indexes {@code a, b, 1, c}; a key follows a dot, except the first. */
  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    int end = 0;
    while (m.find()) {
      boolean key = m.group(1) != null;
      boolean first = steps.isEmpty();
      boolean placed = key ? m.start() == (first ? 0 : end + 1) && (first || path.charAt(end) == '.')
          : !first && m.start() == end;
      if (!placed) {
        throw new IllegalArgumentException("not a path: " + path);
      }
      steps.add(key ? m.group(1) : Integer.valueOf(m.group(2)));
      end = m.end();
    }
    if (steps.isEmpty() || end != path.length()) {
      throw new IllegalArgumentException("not a path: " + path);
    }
    return steps;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object node, String path) {
    if (node instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(path + ": " + node + " is not a mapping");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object node, String path) {
    if (node instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new IllegalArgumentException(path + ": " + node + " is not a list");
  }

  private static Yaml snakeYaml() {
    DumperOptions dump = new DumperOptions();
    dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    LoaderOptions load = new LoaderOptions();
    return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load);
  }

  /** {@code examples/} of the repository, found from a module's directory up the tree. */
  private static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("schema/spec.schema.json"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
  }
}
