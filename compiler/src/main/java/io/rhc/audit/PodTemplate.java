package io.rhc.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A StatefulSet's or Deployment's pod template: its labels, containers, init containers and volumes, and how a
 * path inside a container maps to a volume (the mount with the longest matching {@code mountPath}).
 */
record PodTemplate(YamlNode workload, String kind, String name, int replicas, Map<String, String> labels,
    YamlNode spec) {

  /** Where a path inside a container lives: the mount, its volume, and the key or file name under it. */
  record Mount(YamlNode mount, Optional<YamlNode> volume, String relative, boolean singleFile) {
    boolean readOnly() {
      boolean declared = mount.text("readOnly").map(Boolean::parseBoolean).orElse(false);
      return declared || volume.map(v -> v.get("configMap").isPresent() || v.get("secret").isPresent()
          || v.get("projected").isPresent() || v.get("downwardAPI").isPresent()).orElse(false);
    }

    /** {@code configMap volume `config`}, {@code emptyDir volume `data`}: for messages. */
    String describe() {
      String type = volume.flatMap(v -> v.entries().keySet().stream().filter(k -> !k.equals("name")).findFirst())
          .orElse("claim template");
      return type + " volume `" + mount.text("name").orElse("") + "`";
    }

    Located at() {
      return mount.get("mountPath").orElse(mount).located();
    }
  }

  List<YamlNode> containers() {
    return spec.at("containers").map(YamlNode::items).orElse(List.of());
  }

  List<YamlNode> initContainers() {
    return spec.at("initContainers").map(YamlNode::items).orElse(List.of());
  }

  Optional<YamlNode> volume(String name) {
    return spec.at("volumes").map(YamlNode::items).orElse(List.of()).stream()
        .filter(v -> v.text("name").orElse("").equals(name)).findFirst();
  }

  List<YamlNode> volumes() {
    return spec.at("volumes").map(YamlNode::items).orElse(List.of());
  }

  /** The mount of {@code container} that holds {@code path}, if any. */
  Optional<Mount> mount(YamlNode container, String path) {
    YamlNode best = null;
    String bestPath = "";
    for (YamlNode m : container.at("volumeMounts").map(YamlNode::items).orElse(List.of())) {
      String mountPath = m.text("mountPath").orElse("");
      String base = mountPath.endsWith("/") ? mountPath.substring(0, mountPath.length() - 1) : mountPath;
      if ((path.equals(base) || path.startsWith(base + "/")) && base.length() >= bestPath.length()) {
        best = m;
        bestPath = base;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    boolean single = path.equals(bestPath);
    String relative = single ? best.text("subPath").orElse(fileName(path)) : path.substring(bestPath.length() + 1);
    return Optional.of(new Mount(best, volume(best.text("name").orElse("")), relative, single));
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
