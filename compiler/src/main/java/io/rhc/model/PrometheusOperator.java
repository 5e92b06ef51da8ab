package io.rhc.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Prometheus Operator objects: the monitor kind, and the labels its Prometheus selects monitors and rules by. */
public record PrometheusOperator(MonitorKind monitor, SortedMap<String, String> labels) {
  public PrometheusOperator {
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }
}
