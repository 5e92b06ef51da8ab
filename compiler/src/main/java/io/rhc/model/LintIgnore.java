package io.rhc.model;

/** A rule switched off for one spec, with the reason. */
public record LintIgnore(String rule, String reason) {}
