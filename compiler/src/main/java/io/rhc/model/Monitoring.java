package io.rhc.model;

import java.time.Duration;

/** Metrics and alerts. */
public record Monitoring(Exporter exporter, boolean alerts, Duration scrapeInterval,
    PrometheusOperator prometheusOperator) {}
