package io.rhc.model;

/** redis_exporter beside each data node. */
public record Exporter(boolean enabled, String image, int port) {}
