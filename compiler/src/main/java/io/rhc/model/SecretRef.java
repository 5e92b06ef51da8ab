package io.rhc.model;

/** Where a secret comes from; never the secret itself. */
public sealed interface SecretRef {
  /** A key of a Kubernetes Secret. */
  record KubernetesSecret(String name, String key) implements SecretRef {}

  /** A file on the host or in the container. */
  record File(String path) implements SecretRef {}

  /** An environment variable. */
  record Env(String name) implements SecretRef {}
}
