package io.rhc.target.kubernetes;

import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * kustomization.yaml: the namespace, the common labels, the manifests, and ConfigMaps generated
 * from the plain runtime files beside it. Generated names carry a content hash, which kustomize
 * writes into every reference, so a changed configuration rolls the pods that read it.
 */
final class Kustomization {
  static final String FILE = "kustomization.yaml";

  private Kustomization() {}

  record Label(String key, String value) {}

  record Generator(String name, List<String> files) {}

  record View(String cluster, String namespace, List<Label> labels, List<String> resources,
      List<Generator> generators) {}

  static String render(Spec spec, Names names, List<String> resources, List<Generator> generators) {
    List<Label> labels = new ArrayList<>();
    labels.add(new Label("app.kubernetes.io/managed-by", "rhc"));
    labels.add(new Label("app.kubernetes.io/part-of", Yaml.str(names.cluster())));
    for (Map.Entry<String, String> e : spec.metadata().labels().entrySet()) {
      if (!e.getKey().equals("app.kubernetes.io/managed-by") && !e.getKey().equals("app.kubernetes.io/part-of")) {
        labels.add(new Label(Yaml.str(e.getKey()), Yaml.str(e.getValue())));
      }
    }
    labels.sort(Comparator.comparing(Label::key));
    return Render.template("kustomization.yaml.mustache",
        new View(names.cluster(), Yaml.str(names.namespace()), labels, resources, generators));
  }
}
