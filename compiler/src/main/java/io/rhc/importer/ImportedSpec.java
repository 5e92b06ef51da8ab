package io.rhc.importer;

import io.rhc.audit.AuditNote;
import io.rhc.audit.AuditedCluster;
import io.rhc.audit.Located;
import io.rhc.audit.PassedThrough;
import io.rhc.audit.Unmapped;
import io.rhc.path.SpecPath;
import io.rhc.units.Durations;
import io.rhc.units.UnitException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The spec {@code rhc import} writes from a reconstructed cluster: the reconstruction's document plus the
 * directives carried through as written, keys in the spec reference's order, each value commented with where it
 * came from, and a header listing what the spec does not take and why.
 */
public final class ImportedSpec {
  private static final SpecPath SPEC = SpecPath.root().at("spec");
  private static final List<String> ORDER = List.of("engine", "nodes", "sentinel", "proxy", "memory", "replication",
      "persistence", "dataClasses", "auth", "tls", "monitoring", "backup", "placement", "networkPolicy", "kubernetes",
      "compose", "systemd", "drill", "lint");

  /** A running value the spec leaves to rhc's default, because lint refuses it, and why. */
  public record Kept(SpecPath path, String reason) {}

  private final AuditedCluster cluster;
  private final ObjectNode document;
  private final Map<SpecPath, Located> from = new HashMap<>();

  /** The document {@code cluster} imports to, before any value is left to rhc's default. */
  public ImportedSpec(AuditedCluster cluster) {
    this.cluster = cluster;
    ObjectNode doc = cluster.document().deepCopy();
    cluster.locations().forEach((path, at) -> {
      if (cluster.shown().contains(path) && exists(doc, path)) {
        from.put(path, at);
      }
    });
    for (PassedThrough p : cluster.passedThrough()) {
      SpecPath path = SPEC.resolve(p.path());
      put(doc, path, p.value());
      from.put(path, p.at());
    }
    normalizeDurations(doc);
    if (!doc.path("spec").path("auth").has("mode") && doc.path("spec") instanceof ObjectNode spec) {
      // rhc's default (no auth, protected mode on) is refused by lint; a password is the choice that compiles
      spec.putObject("auth").put("mode", "password").putObject("password");
    }
    secretSources(doc, cluster.target().orElse(""));
    this.document = ordered(doc);
  }

  /** The document as it stands (values left to rhc's default removed). */
  public ObjectNode document() {
    return document;
  }

  /** Where the value at {@code path} came from, if the material shows it. */
  public Optional<Located> source(SpecPath path) {
    return Optional.ofNullable(from.get(path));
  }

  /** Drops the value at {@code path} so rhc's default applies; false when there is no such mapped value. */
  public boolean leaveToDefault(SpecPath path) {
    if (!from.containsKey(path) || !exists(document, path) || path.isRoot()) {
      return false;
    }
    JsonNode parent = at(document, path.parent());
    Object last = path.segments().get(path.segments().size() - 1);
    if (!(parent instanceof ObjectNode o) || !(last instanceof String key)) {
      return false;
    }
    o.remove(key);
    from.remove(path);
    return true;
  }

  /** The YAML text: header, then the document with every value's comment. */
  public String text(List<String> inputs, List<Kept> kept, Function<SpecPath, Optional<JsonNode>> rhcDefault) {
    List<String> header = header(inputs);
    Map<SpecPath, List<String>> extra = new LinkedHashMap<>();
    for (Kept k : kept) {
      SpecPath at = k.path().parent();
      while (!at.isRoot() && (!exists(document, at) || at.equals(SPEC))) {
        at = at.parent();
      }
      if (at.isRoot()) {
        header.add(k.reason());
      } else {
        extra.computeIfAbsent(at, p -> new ArrayList<>()).add(k.reason());
      }
    }
    SpecComments comments = new SpecComments(from, cluster.programDefaults(), rhcDefault);
    return CommentedYaml.write(document, comments.of(document, extra, header));
  }

  private List<String> header(List<String> inputs) {
    List<String> out = new ArrayList<>();
    out.add("Written by rhc import from: " + String.join(" ", inputs));
    out.add("Each value names the file:line it came from; \"" + SpecComments.CHOOSE + "\" marks a value the files");
    out.add("do not show, set only so that the spec validates. Check it with `rhc lint`, then compile it.");
    if (!cluster.unmapped().isEmpty()) {
      out.add("");
      out.add("Not taken into the spec:");
      for (Unmapped u : cluster.unmapped()) {
        out.add("  " + where(u.at()) + " `" + u.text() + "`: " + u.reason());
      }
    }
    if (!cluster.notes().isEmpty()) {
      out.add("");
      out.add("Read past:");
      cluster.notes().stream().map(n -> "  " + where(n.at()) + " " + n.text()).distinct().forEach(out::add);
    }
    out.add("");
    return out;
  }

  private static String where(Located at) {
    return at.file() + ":" + at.span().line();
  }

  /**
   * Where each target reads a secret from: the reconstruction names an environment variable, which systemd units
   * do not read and Kubernetes pods take from a Secret. The secret itself is never copied from the material.
   */
  private static void secretSources(ObjectNode doc, String target) {
    JsonNode auth = doc.path("spec").path("auth");
    String cluster = doc.path("metadata").path("name").asString();
    for (String key : List.of("password", "sentinelPassword")) {
      if (auth instanceof ObjectNode a && a.has(key) && !a.path(key).has("kubernetesSecret")
          && !target.equals("compose")) {
        String file = key.equals("password") ? "redis-password" : "sentinel-password";
        ObjectNode ref = a.putObject(key);
        switch (target) {
          case "systemd" -> ref.put("file", "/etc/redis-ha/secrets/" + file);
          case "kubernetes" -> ref.putObject("kubernetesSecret").put("name", cluster + "-auth").put("key", file);
          default -> ref.put("env", key.equals("password") ? "REDIS_PASSWORD" : "SENTINEL_PASSWORD");
        }
      }
    }
  }

  private static ObjectNode ordered(ObjectNode doc) {
    JsonNode spec = doc.get("spec");
    if (spec instanceof ObjectNode s) {
      ObjectNode sorted = s.objectNode();
      ORDER.stream().filter(s::has).forEach(k -> sorted.set(k, s.get(k)));
      s.properties().stream().filter(e -> !ORDER.contains(e.getKey())).forEach(e -> sorted.set(e.getKey(), e.getValue()));
      doc.set("spec", sorted);
    }
    return doc;
  }

  /** {@code 30000ms} as {@code 30s}: the reconstruction writes milliseconds, people read the shortest form. */
  private static void normalizeDurations(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.properties().forEach(e -> keys.add(e.getKey()));
      for (String k : keys) {
        JsonNode v = o.get(k);
        if (v.isString() && v.asString().matches("[0-9]+ms")) {
          try {
            o.set(k, StringNode.valueOf(Durations.format(Durations.parse(v.asString()))));
          } catch (UnitException e) {
            throw new IllegalStateException(e);
          }
        } else {
          normalizeDurations(v);
        }
      }
    }
  }

  private static boolean exists(JsonNode doc, SpecPath path) {
    return at(doc, path) != null;
  }

  private static JsonNode at(JsonNode doc, SpecPath path) {
    JsonNode node = doc;
    for (Object segment : path.segments()) {
      if (node == null) {
        return null;
      }
      node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
    }
    return node;
  }

  private static void put(ObjectNode doc, SpecPath path, JsonNode value) {
    ObjectNode at = doc;
    List<Object> segments = path.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      JsonNode next = at.get((String) segments.get(i));
      at = next instanceof ObjectNode o ? o : at.putObject((String) segments.get(i));
    }
    at.set((String) segments.get(segments.size() - 1), value);
  }
}
