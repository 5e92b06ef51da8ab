package io.rhc.cli;

import io.rhc.emit.Artifact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The objects {@code kubectl kustomize} renders from a directory the Kubernetes target wrote, as one
 * multi-document YAML stream for {@code kubectl apply -f -}: the namespace and labels set, the ConfigMaps
 * generated from their files under kustomize's own content-hash names, every reference to them renamed,
 * in kustomize's order. Only the kustomization fields that target writes are understood; any other is a bug
 * the stream would otherwise hide, so it fails loudly.
 */
final class KustomizeStream {
  static final String KUSTOMIZATION = "kustomization.yaml";
  private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
      "configMapGenerator");
  /** kustomize's legacy resource order: these kinds first, in this order; every other kind after them. */
  private static final List<String> FIRST = List.of("Namespace", "ResourceQuota", "StorageClass",
      "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
      "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass",
      "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget");
  private static final List<String> LAST = List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
  /** Where templates sit in each workload kind ({@code []}: every item of a list), for labels that go to templates. */
  private static final Map<String, List<List<String>>> TEMPLATES = Map.of(
      "Deployment", List.of(List.of("spec", "template")),
      "StatefulSet", List.of(List.of("spec", "template"), List.of("spec", "volumeClaimTemplates", "[]")),
      "DaemonSet", List.of(List.of("spec", "template")),
      "ReplicaSet", List.of(List.of("spec", "template")),
      "Job", List.of(List.of("spec", "template")),
      "CronJob", List.of(List.of("spec", "jobTemplate"), List.of("spec", "jobTemplate", "spec", "template")));
  private static final Set<String> CONFIG_MAP_REFERENCES = Set.of("configMap", "configMapRef", "configMapKeyRef");

  private KustomizeStream() {}

  /** Whether {@code artifacts} are a kustomization directory this class can render. */
  static boolean applies(List<Artifact> artifacts) {
    return artifacts.stream().anyMatch(a -> a.path().equals(KUSTOMIZATION));
  }

  @SuppressWarnings("unchecked")
  static String render(List<Artifact> artifacts) {
    Map<String, String> files = artifacts.stream().collect(Collectors.toMap(Artifact::path, Artifact::content));
    Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> kustomization = reader.load(files.get(KUSTOMIZATION));
    for (String key : kustomization.keySet()) {
      if (!UNDERSTOOD.contains(key)) {
        throw new IllegalStateException("kustomization field `" + key + "` has no stream rendering");
      }
    }
    Optional<String> namespace = Optional.ofNullable((String) kustomization.get("namespace"));
    List<Map<String, Object>> labels = (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of());
    List<Map<String, Object>> objects = new ArrayList<>();
    Map<String, String> generatedNames = new LinkedHashMap<>();
    for (Map<String, Object> generator
        : (List<Map<String, Object>>) kustomization.getOrDefault("configMapGenerator", List.of())) {
      Map<String, Object> configMap = configMap(generator, files);
      generatedNames.put((String) generator.get("name"), name(configMap));
      objects.add(configMap);
    }
    for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
      for (Object document : reader.loadAll(require(files, resource))) {
        if (document != null) {
          objects.add((Map<String, Object>) document);
        }
      }
    }
    for (Map<String, Object> object : objects) {
      namespace.ifPresent(ns -> metadata(object).put("namespace", ns));
      for (Map<String, Object> label : labels) {
        apply(object, label);
      }
      rename(object, generatedNames);
    }
    objects.sort(ORDER);
    Yaml writer = writer();
    StringBuilder out = new StringBuilder();
    for (Map<String, Object> object : objects) {
      out.append("---\n").append(writer.dump(object));
    }
    return out.toString();
  }

  private static final Comparator<Map<String, Object>> ORDER = Comparator
      .comparingInt((Map<String, Object> o) -> rank(kind(o)))
      .thenComparing(o -> String.valueOf(o.get("apiVersion")).contains("/")
          ? String.valueOf(o.get("apiVersion")) : "~" + o.get("apiVersion"))
      .thenComparing(KustomizeStream::kind)
      .thenComparing(o -> String.valueOf(metadata(o).getOrDefault("namespace", "")))
      .thenComparing(KustomizeStream::name);

  private static int rank(String kind) {
    int first = FIRST.indexOf(kind);
    if (first >= 0) {
      return first;
    }
    int last = LAST.indexOf(kind);
    return last >= 0 ? FIRST.size() + 1 + last : FIRST.size();
  }

  @SuppressWarnings("unchecked")
  private static void apply(Map<String, Object> object, Map<String, Object> label) {
    Map<String, Object> pairs = (Map<String, Object>) label.get("pairs");
    if (Boolean.TRUE.equals(label.get("includeSelectors"))) {
      throw new IllegalStateException("labels with includeSelectors have no stream rendering");
    }
    labels(metadata(object)).putAll(pairs);
    if (Boolean.TRUE.equals(label.get("includeTemplates"))) {
      for (List<String> path : TEMPLATES.getOrDefault(kind(object), List.of())) {
        for (Map<String, Object> template : at(object, path)) {
          labels(metadata(template)).putAll(pairs);
        }
      }
    }
  }

  /** Renames every {@code configMap}, {@code configMapRef} or {@code configMapKeyRef} name that a generator made. */
  @SuppressWarnings("unchecked")
  private static void rename(Object node, Map<String, String> generated) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        if (CONFIG_MAP_REFERENCES.contains(e.getKey()) && e.getValue() instanceof Map<?, ?> ref
            && ref.get("name") instanceof String name && generated.containsKey(name)) {
          ((Map<String, Object>) ref).put("name", generated.get(name));
        }
        rename(e.getValue(), generated);
      }
    } else if (node instanceof List<?> list) {
      list.forEach(item -> rename(item, generated));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> configMap(Map<String, Object> generator, Map<String, String> files) {
    String name = (String) generator.get("name");
    if (!Set.of("name", "files").containsAll(generator.keySet())) {
      throw new IllegalStateException("configMapGenerator " + name + " has fields with no stream rendering");
    }
    Map<String, String> data = new TreeMap<>();
    for (String file : (List<String>) generator.get("files")) {
      data.put(file.substring(file.lastIndexOf('/') + 1), require(files, file));
    }
    Map<String, Object> configMap = new LinkedHashMap<>();
    configMap.put("apiVersion", "v1");
    configMap.put("kind", "ConfigMap");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name + "-" + hash(data));
    configMap.put("metadata", metadata);
    configMap.put("data", data);
    return configMap;
  }

  /**
   * kustomize's generated-name suffix: the SHA-256 of the JSON of kind, name and data as Go encodes it (keys
   * sorted; {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped), its first ten hex digits with 0, 1, 3,
   * a and e swapped for g, h, k, m and t so that the suffix never reads as a number or a word. kustomize 4 and 5
   * (the one in kubectl) look the name up under a path their lookup does not split, so it hashes as empty.
   */
  static String hash(Map<String, String> data) {
    Map<String, Object> encoded = new TreeMap<>();
    encoded.put("data", new TreeMap<>(data));
    encoded.put("kind", "ConfigMap");
    encoded.put("name", "");
    String json = GO_JSON.writeValueAsString(encoded);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(digest).substring(0, 10);
      return hex.replace('0', 'g').replace('1', 'h').replace('3', 'k').replace('a', 'm').replace('e', 't');
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static final JsonMapper GO_JSON = JsonMapper.builder(JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).characterEscapes(new GoEscapes()).build()).build();

  /**
   * The escapes Go's encoding/json adds to JSON's, as Go writes them (lower-case hex): HTML-sensitive
   * characters and the JavaScript line breaks.
   */
  private static final class GoEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] table = standardAsciiEscapesForJSON();

    GoEscapes() {
      for (char c : new char[] {'<', '>', '&'}) {
        table[c] = ESCAPE_CUSTOM;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }

  private static String require(Map<String, String> files, String path) {
    String content = files.get(path);
    if (content == null) {
      throw new IllegalStateException("the kustomization names " + path + ", which the target did not write");
    }
    return content;
  }

  /** The maps at {@code path} below {@code node}; none where a step is missing. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> at(Object node, List<String> path) {
    if (path.isEmpty()) {
      return node instanceof Map<?, ?> map ? List.of((Map<String, Object>) map) : List.of();
    }
    List<String> rest = path.subList(1, path.size());
    if (path.get(0).equals("[]")) {
      return node instanceof List<?> list ? list.stream().flatMap(item -> at(item, rest).stream()).toList()
          : List.of();
    }
    return node instanceof Map<?, ?> map ? at(map.get(path.get(0)), rest) : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadata(Map<String, Object> object) {
    return (Map<String, Object>) object.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> labels(Map<String, Object> metadata) {
    return (Map<String, Object>) metadata.computeIfAbsent("labels", k -> new LinkedHashMap<>());
  }

  private static String kind(Map<String, Object> object) {
    return String.valueOf(object.get("kind"));
  }

  private static String name(Map<String, Object> object) {
    return String.valueOf(metadata(object).get("name"));
  }

  /** Block style throughout, multi-line strings (scripts, configs) as literal blocks, no line folding. */
  private static Yaml writer() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndicatorIndent(0);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    Representer representer = new Representer(options) {
      {
        Function<Object, Node> plain = representers.get(String.class)::representData;
        representers.put(String.class, data -> String.valueOf(data).contains("\n")
            ? representScalar(Tag.STR, String.valueOf(data), DumperOptions.ScalarStyle.LITERAL)
            : plain.apply(data));
      }
    };
    return new Yaml(representer, options);
  }
}
