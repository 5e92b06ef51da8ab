package io.rhc.model;

/** Engine of the data nodes (and co-located sentinels). */
public record Engine(EngineType type, EngineVersion version, String image) {}
