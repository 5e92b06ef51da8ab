package io.rhc.resolve;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.ResolvedSpec;
import io.rhc.parse.ParsedDocument;
import io.rhc.parse.YamlLoader;
import io.rhc.source.SourceFile;
import io.rhc.validate.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Specs for resolver tests: a small base spec with a YAML overlay deep-merged into its
 * {@code spec} section, run through the real parse and validate stages so every case is
 * schema-valid input, as the resolver expects.
 */
public final class ResolveFixtures {
  private static final String BASE = """
      apiVersion: rhc/v1
      kind: RedisHA
      metadata:
        name: cache
      spec:
        engine:
          version: "7.4.2"
        nodes:
          count: 3
        memory:
          limit: 768Mi
      """;

  private ResolveFixtures() {}

  /** The base spec with {@code overlay} (YAML of the {@code spec} section) merged in. */
  public static ParsedDocument spec(String overlay) {
    Yaml yaml = new Yaml();
    Map<String, Object> document = yaml.load(BASE);
    Object extra = yaml.load(overlay);
    if (extra != null) {
      merge(section(document, "spec"), cast(extra));
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return valid("case.yaml", new Yaml(options).dump(document));
  }

  public static ParsedDocument example(String name) {
    Path file = Path.of("../examples", name, "spec.yaml");
    try {
      return valid(file.toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves and fails the test when the resolver reported anything. */
  public static ResolvedSpec resolveClean(ParsedDocument document) {
    Diagnostics diagnostics = new Diagnostics();
    var spec = new Resolver().resolve(document, diagnostics);
    if (!diagnostics.isEmpty() || spec.isEmpty()) {
      throw new AssertionError("resolver reported " + describe(diagnostics.sorted()));
    }
    return spec.get();
  }

  static String describe(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    diagnostics.forEach(d -> sb.append("\n  ").append(d.code()).append(' ').append(d.path()).append(": ")
        .append(d.summary()));
    return sb.toString();
  }

  private static ParsedDocument valid(String name, String text) {
    Diagnostics diagnostics = new Diagnostics();
    ParsedDocument document = new YamlLoader().load(new SourceFile(name, text), diagnostics)
        .orElseThrow(() -> new AssertionError("not YAML: " + describe(diagnostics.sorted()) + "\n" + text));
    new SchemaValidator().validate(document, diagnostics);
    if (diagnostics.hasErrors()) {
      throw new AssertionError("fixture is not schema-valid:" + describe(diagnostics.sorted()) + "\n" + text);
    }
    return document;
  }

  private static void merge(Map<String, Object> into, Map<String, Object> from) {
    from.forEach((key, value) -> {
      if (value instanceof Map<?, ?> && into.get(key) instanceof Map<?, ?>) {
        merge(section(into, key), cast(value));
      } else {
        into.put(key, value);
      }
    });
  }

  private static Map<String, Object> section(Map<String, Object> map, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(cast(map.get(key)));
    map.put(key, copy);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
