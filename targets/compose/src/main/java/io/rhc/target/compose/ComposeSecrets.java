package io.rhc.target.compose;

import io.rhc.emit.runtime.TlsFiles;
import io.rhc.model.SecretRef;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the runtime's secret variables ({@code REDIS_PASSWORD}, {@code SENTINEL_PASSWORD}) reach
 * a container: an {@code env} ref becomes {@code ${NAME:?…}} interpolated from the project's
 * {@code .env}; a {@code file} ref becomes a compose secret read as {@code <VAR>_FILE}. A
 * {@code kubernetesSecret} ref has no compose equivalent: the same value is read from
 * {@code .env} under the runtime's variable name (warning {@code RHC5107}). With TLS the spec's certificate, key and
 * CA files become the secrets {@code tls-certificate}, {@code tls-key} and {@code tls-ca}: the data nodes and
 * sentinels mount all three, HAProxy the CA only.
 */
final class ComposeSecrets {
  static final String REDIS = "REDIS_PASSWORD";
  static final String SENTINEL = "SENTINEL_PASSWORD";
  static final String TLS_CERTIFICATE = "tls-certificate";
  static final String TLS_KEY = "tls-key";
  static final String TLS_CA = "tls-ca";

  private final Optional<SecretRef> redis;
  private final Optional<SecretRef> sentinel;
  private final Optional<TlsFiles> tls;

  ComposeSecrets(Spec spec) {
    this.redis = spec.auth().enabled() ? spec.auth().password() : Optional.empty();
    this.sentinel = spec.auth().sentinelPassword();
    this.tls = TlsFiles.onHost(spec.tls());
  }

  /** Where the containers read the TLS files; empty without TLS. */
  Optional<TlsFiles> tlsFiles() {
    return tls.map(t -> new TlsFiles(mountPath(TLS_CERTIFICATE), mountPath(TLS_KEY), mountPath(TLS_CA)));
  }

  /** The TLS secrets a server container mounts ({@code withKey}) or HAProxy, which verifies with the CA only. */
  List<String> tlsMounted(boolean withKey) {
    if (tls.isEmpty()) {
      return List.of();
    }
    return withKey ? List.of(TLS_CA, TLS_CERTIFICATE, TLS_KEY) : List.of(TLS_CA);
  }

  boolean redisAuth() {
    return redis.isPresent();
  }

  boolean sentinelAuth() {
    return sentinel.isPresent();
  }

  /** Environment entries for a service that needs the given runtime variables. */
  SortedMap<String, String> environment(boolean needsRedis, boolean needsSentinel) {
    SortedMap<String, String> env = new TreeMap<>();
    if (needsRedis) {
      redis.ifPresent(ref -> put(env, REDIS, ref));
    }
    if (needsSentinel) {
      sentinel.ifPresent(ref -> put(env, SENTINEL, ref));
    }
    return env;
  }

  /** Compose secret names a service mounts. */
  List<String> mounted(boolean needsRedis, boolean needsSentinel) {
    List<String> names = new ArrayList<>();
    if (needsRedis && redis.filter(SecretRef.File.class::isInstance).isPresent()) {
      names.add(secretName(REDIS));
    }
    if (needsSentinel && sentinel.filter(SecretRef.File.class::isInstance).isPresent()) {
      names.add(secretName(SENTINEL));
    }
    return names;
  }

  /** Top-level {@code secrets:}: name to host file. */
  SortedMap<String, String> declared() {
    SortedMap<String, String> files = new TreeMap<>();
    redis.ifPresent(ref -> declare(files, REDIS, ref));
    sentinel.ifPresent(ref -> declare(files, SENTINEL, ref));
    tls.ifPresent(t -> {
      files.put(TLS_CERTIFICATE, t.certificate());
      files.put(TLS_KEY, t.key());
      files.put(TLS_CA, t.ca());
    });
    return files;
  }

  private static void declare(Map<String, String> files, String variable, SecretRef ref) {
    if (ref instanceof SecretRef.File file) {
      files.put(secretName(variable), file.path());
    }
  }

  private static void put(Map<String, String> env, String variable, SecretRef ref) {
    if (ref instanceof SecretRef.File) {
      env.put(variable + "_FILE", mountPath(secretName(variable)));
    } else if (ref instanceof SecretRef.Env e) {
      env.put(variable, Interpolation.required(e.name()));
    } else {
      env.put(variable, Interpolation.required(variable));
    }
  }

  private static String mountPath(String secret) {
    return ComposeLayout.SECRETS_DIR + "/" + secret;
  }

  /** {@code REDIS_PASSWORD} is mounted as {@code /run/secrets/redis-password}. */
  static String secretName(String variable) {
    return variable.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
