package io.rhc.target.systemd;

import io.rhc.diag.Diagnostics;
import io.rhc.model.SecretRef;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The password files units point to; systemd hosts read secrets from files only. */
record Secrets(Optional<String> redisPasswordFile, Optional<String> sentinelPasswordFile) {

  static Secrets of(Spec spec, Diagnostics diagnostics) {
    Optional<String> redis = spec.auth().enabled()
        ? file(spec.auth().password(), SpecPath.parse("spec.auth.password"), diagnostics) : Optional.empty();
    Optional<String> sentinel = file(spec.auth().sentinelPassword(), SpecPath.parse("spec.auth.sentinelPassword"),
        diagnostics);
    return new Secrets(redis, sentinel);
  }

  /** Parent directories of the secret files, which install.sh restricts to the redis user. */
  List<String> directories() {
    return Stream.of(redisPasswordFile, sentinelPasswordFile).flatMap(Optional::stream)
        .map(f -> f.substring(0, Math.max(1, f.lastIndexOf('/')))).distinct().sorted().toList();
  }

  List<String> files() {
    return Stream.of(redisPasswordFile, sentinelPasswordFile).flatMap(Optional::stream)
        .distinct().sorted().toList();
  }

  private static Optional<String> file(Optional<SecretRef> ref, SpecPath path, Diagnostics diagnostics) {
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    if (ref.get() instanceof SecretRef.File f) {
      return Optional.of(f.path());
    }
    String kind = ref.get() instanceof SecretRef.Env ? "an environment variable" : "a Kubernetes Secret";
    diagnostics.error(Codes.SECRET_NOT_FILE, path, "The systemd target reads secrets from files, not from " + kind,
        "Use `file: /etc/redis-ha/secrets/<name>` (mode 0600, owner redis) on every host; units pass its "
            + "path, never the secret.");
    return Optional.empty();
  }
}
