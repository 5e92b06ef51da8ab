package io.rhc.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Kubernetes manifests or a compose file show beyond the config files: that the cluster runs in containers,
 * the data container's memory limit and request and image, where clients reach the nodes when there is no proxy,
 * whether a network policy isolates the pods, and the queue libraries of the clients that use them.
 */
final class ContainerFacts {
  private static final Pattern VERSION = Pattern.compile(".*:v?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,3})([-._].*)?");
  private static final Pattern IMAGE = Pattern.compile(
      "[a-z0-9]+([._/:-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");

  record Value(String text, Located at) {}

  /** A client whose environment or command names a queue library (Celery, BullMQ, Sidekiq, RQ). */
  record QueueClient(String name, String library, Located at) {}

  final Located layoutAt;
  /** The target that writes this kind of material: {@code kubernetes} or {@code compose}. */
  final String target;
  Value memoryLimit;
  Value memoryRequest;
  Value engineImage;
  Value sentinelImage;
  Value proxyImage;
  /** Where "clients have no master-only endpoint" belongs: a Service over every data pod, or the data workload. */
  Located noProxyAt;
  Value networkPolicy;
  /** A chart's HAProxy: the replica count, {@code 0} when off. */
  Value proxy;
  Value volumeType;
  Value volumeSize;
  Value storageClass;
  /** rhc's own facts file, when the material is rhc's output. */
  RhcClusterEnv clusterEnv;
  Value namespace;
  /** The compose network the data service joins. */
  Value composeNetwork;
  /** The Secret name (text) and key (a second value) the data container reads its password from. */
  Value passwordSecret;
  Value passwordSecretKey;
  /** A chart's hard anti-affinity: {@code true} or {@code false}. */
  Value requiredSpread;
  /** Where a sentinel's config path was traced to its mount (RHC3006 was checked on it). */
  Located sentinelMount;
  final List<QueueClient> queues = new ArrayList<>();

  ContainerFacts(Located layoutAt, String target) {
    this.layoutAt = layoutAt;
    this.target = target;
    this.noProxyAt = layoutAt;
  }

  void apply(SpecTree tree, boolean proxies) {
    tree.shownAbsent("systemd", layoutAt);
    if (sentinelMount != null) {
      tree.shownAbsent(RuleInputs.SENTINEL_MOUNT, sentinelMount);
    }
    if (memoryLimit != null) {
      tree.shown("memory.limit", SpecTree.text(memoryLimit.text()), memoryLimit.at());
    }
    if (memoryRequest != null) {
      tree.shown("memory.request", SpecTree.text(memoryRequest.text()), memoryRequest.at());
    }
    if (engineImage != null && IMAGE.matcher(engineImage.text()).matches()) {
      tree.shown("engine.image", SpecTree.text(engineImage.text()), engineImage.at());
      version(engineImage.text()).ifPresent(v -> tree.shown("engine.version", SpecTree.text(v), engineImage.at()));
      image(tree, "sentinel.image", sentinelImage);
      image(tree, "proxy.image", proxyImage);
    }
    if (proxy != null && !proxy.text().equals("0")) {
      tree.shown("proxy.enabled", SpecTree.bool(true), proxy.at());
      tree.shown("proxy.replicas", SpecTree.number(Integer.parseInt(proxy.text())), proxy.at());
    } else if (!proxies) {
      tree.shown("proxy.enabled", SpecTree.bool(false), proxy != null ? proxy.at() : noProxyAt);
    }
    if (namespace != null) {
      ((ObjectNode) tree.root.path("metadata")).put("namespace", namespace.text());
      tree.locations.put(io.rhc.path.SpecPath.root().at("metadata").at("namespace"), namespace.at());
      tree.shown.add(io.rhc.path.SpecPath.root().at("metadata").at("namespace"));
    }
    if (clusterEnv != null) {
      clusterEnv.apply(tree);
    }
    boolean password = !tree.root.path("spec").path("auth").path("mode").asString("none").equals("none");
    if (passwordSecret != null && passwordSecretKey != null && password) {
      ObjectNode ref = JsonNodeFactory.instance.objectNode();
      ref.putObject("kubernetesSecret").put("name", passwordSecret.text()).put("key", passwordSecretKey.text());
      tree.shown("auth.password", ref, passwordSecret.at());
    }
    text(tree, "compose.network", composeNetwork);
    text(tree, "persistence.volume.type", volumeType);
    text(tree, "persistence.volume.size", volumeSize);
    text(tree, "persistence.volume.storageClass", storageClass);
    if (requiredSpread != null) {
      tree.shown("placement.required", SpecTree.bool(Boolean.parseBoolean(requiredSpread.text())),
          requiredSpread.at());
    }
    if (networkPolicy != null) {
      tree.shown("networkPolicy.enabled", SpecTree.bool(Boolean.parseBoolean(networkPolicy.text())),
          networkPolicy.at());
    }
    if (!queues.isEmpty()) {
      ArrayNode classes = JsonNodeFactory.instance.arrayNode();
      for (QueueClient q : queues) {
        ObjectNode c = classes.addObject();
        c.put("name", q.name());
        c.put("kind", "queue");
        c.put("library", q.library());
      }
      tree.shown("dataClasses", classes, queues.get(0).at());
      for (int i = 0; i < queues.size(); i++) {
        tree.locations.put(SpecTree.SPEC.resolve("dataClasses").at(i), queues.get(i).at());
      }
    }
  }

  private static void text(SpecTree tree, String path, Value value) {
    if (value != null) {
      tree.shown(path, SpecTree.text(value.text()), value.at());
    }
  }

  private static void image(SpecTree tree, String path, Value image) {
    if (image != null && IMAGE.matcher(image.text()).matches()) {
      tree.shown(path, SpecTree.text(image.text()), image.at());
    }
  }

  private static Optional<String> version(String image) {
    Matcher m = VERSION.matcher(image);
    return m.matches() ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3)) : Optional.empty();
  }
}
