package io.rhc.model;

import java.util.Optional;

/** TLS settings. */
public record Tls(boolean enabled, Optional<SecretRef> certificate) {}
