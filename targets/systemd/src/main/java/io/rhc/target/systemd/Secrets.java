package io.rhc.target.systemd;

import io.rhc.diag.Diagnostics;
import io.rhc.model.SecretRef;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The password files units point to; systemd hosts read secrets from files only.
 *
 * @param userPasswordFiles the ACL users' password files, which rhc-init.sh reads on the data nodes
 */
record Secrets(Optional<String> redisPasswordFile, Optional<String> sentinelPasswordFile,
    List<String> userPasswordFiles) {

  static Secrets of(Spec spec, Diagnostics diagnostics) {
    Optional<String> redis = spec.auth().enabled()
        ? file(spec.auth().password(), SpecPath.parse("spec.auth.password"), diagnostics) : Optional.empty();
    Optional<String> sentinel = file(spec.auth().sentinelPassword(), SpecPath.parse("spec.auth.sentinelPassword"),
        diagnostics);
    List<String> users = new java.util.ArrayList<>();
    for (int i = 0; i < spec.auth().users().size(); i++) {
      List<SecretRef> passwords = spec.auth().users().get(i).passwords();
      for (int j = 0; j < passwords.size(); j++) {
        SpecPath at = SpecPath.parse("spec.auth.users").at(i).at(passwords.size() == 1 ? "password" : "passwords");
        file(Optional.of(passwords.get(j)), passwords.size() == 1 ? at : at.at(j), diagnostics).ifPresent(users::add);
      }
    }
    return new Secrets(redis, sentinel, List.copyOf(users));
  }

  /** Parent directories of the secret files, which install.sh restricts to the redis user. */
  List<String> directories() {
    return files().stream().map(f -> f.substring(0, Math.max(1, f.lastIndexOf('/')))).distinct().sorted().toList();
  }

  List<String> files() {
    return Stream.concat(Stream.of(redisPasswordFile, sentinelPasswordFile).flatMap(Optional::stream),
        userPasswordFiles.stream()).distinct().sorted().toList();
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
