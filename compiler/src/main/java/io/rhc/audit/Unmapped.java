package io.rhc.audit;

/** A directive, option or setting the spec does not take, where it is, and why. */
public record Unmapped(Located at, String text, String reason) {}
