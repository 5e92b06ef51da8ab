package io.rhc.model;

/** Metrics and alerts. */
public record Monitoring(Exporter exporter, boolean alerts) {}
