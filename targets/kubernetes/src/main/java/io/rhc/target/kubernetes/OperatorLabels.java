package io.rhc.target.kubernetes;

import io.rhc.model.Spec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels of the Prometheus Operator objects (monitors and PrometheusRule): the instance label and
 * {@code monitoring.prometheusOperator.labels}, which the Prometheus resource selects them by. A
 * spec label of the same key wins.
 */
final class OperatorLabels {
  private OperatorLabels() {}

  record Label(String key, String value) {}

  static List<Label> of(Spec spec, Names names) {
    Map<String, String> labels = new TreeMap<>();
    labels.put("app.kubernetes.io/instance", names.cluster());
    labels.putAll(spec.monitoring().prometheusOperator().labels());
    return labels.entrySet().stream().map(e -> new Label(Yaml.str(e.getKey()), Yaml.str(e.getValue()))).toList();
  }
}
