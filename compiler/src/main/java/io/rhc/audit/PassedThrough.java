package io.rhc.audit;

import tools.jackson.databind.JsonNode;

/** A directive carried into the spec as written, under {@code path} (dotted, below {@code spec}). */
public record PassedThrough(String path, JsonNode value, Located at) {}
