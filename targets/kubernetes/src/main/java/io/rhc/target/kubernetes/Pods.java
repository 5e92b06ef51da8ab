package io.rhc.target.kubernetes;

import io.rhc.model.Placement;
import io.rhc.model.SecretRef;
import io.rhc.model.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pieces every pod template shares: labels, environment, affinity. */
final class Pods {
  static final String COMPONENT_REDIS = "redis";
  static final String COMPONENT_SENTINEL = "sentinel";
  static final String COMPONENT_HAPROXY = "haproxy";
  static final String COMPONENT_BACKUP = "backup";

  /** uid and gid of the redis user in the official redis and valkey images. */
  static final int REDIS_UID = 999;
  /** uid and gid of the haproxy user in the official haproxy image. */
  static final int HAPROXY_UID = 99;

  private Pods() {}

  /** A selector: the cluster's instance label plus the component. */
  record Selector(String instance, String component) {
    static Selector of(Names names, String component) {
      return new Selector(Yaml.str(names.cluster()), component);
    }
  }

  /** A Secret key, already escaped for YAML. */
  record SecretKey(String name, String key) {
    static Optional<SecretKey> of(Optional<SecretRef> ref) {
      return ref.filter(SecretRef.KubernetesSecret.class::isInstance)
          .map(SecretRef.KubernetesSecret.class::cast)
          .map(k -> new SecretKey(Yaml.str(k.name()), Yaml.str(k.key())));
    }
  }

  /** One environment variable: a literal value or a Secret key. */
  record Env(String name, Optional<String> value, Optional<SecretKey> secret) {
    static Env literal(String name, String value) {
      return new Env(name, Optional.of(Yaml.str(value)), Optional.empty());
    }

    static Env secret(String name, SecretKey key) {
      return new Env(name, Optional.empty(), Optional.of(key));
    }
  }

  /** The env of one container; {@code any} guards the {@code env:} key. */
  record EnvList(List<Env> env) {
    EnvList {
      env = List.copyOf(env);
    }

    public boolean any() {
      return !env.isEmpty();
    }
  }

  /** The secrets of the cluster as env vars. */
  static List<Env> secretEnv(Optional<SecretKey> redis, Optional<SecretKey> sentinel) {
    ArrayList<Env> env = new ArrayList<>();
    redis.ifPresent(k -> env.add(Env.secret("REDIS_PASSWORD", k)));
    sentinel.ifPresent(k -> env.add(Env.secret("SENTINEL_PASSWORD", k)));
    return List.copyOf(env);
  }

  /** The TLS Secret's volume and where its containers mount it. */
  record TlsMount(String secret, String dir) {
    static Optional<TlsMount> of(Names names) {
      return names.tlsSecret().map(s -> new TlsMount(Yaml.str(s), Names.TLS_DIR));
    }
  }

  /** Node avoidance and spread of one workload; empty when neither applies. */
  record Affinity(
      boolean avoidNodes, List<String> nodes, boolean spread, boolean required, boolean preferred,
      String topologyKey, Selector selector) {

    static Optional<Affinity> of(Placement placement, Selector selector) {
      boolean spread = placement.spread() != Spread.NONE;
      if (!spread && placement.avoidNodes().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Affinity(
          !placement.avoidNodes().isEmpty(),
          placement.avoidNodes().stream().map(Yaml::str).toList(),
          spread,
          spread && placement.required(),
          spread && !placement.required(),
          placement.spread() == Spread.ZONE ? "topology.kubernetes.io/zone" : "kubernetes.io/hostname",
          selector));
    }
  }
}
