package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.SecretRef;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.List;
import java.util.Optional;

/** The cluster's passwords as Secret keys; a file or env reference cannot be expressed here. */
record Secrets(Optional<Pods.SecretKey> redis, Optional<Pods.SecretKey> sentinel) {

  static Secrets of(Spec spec, Diagnostics diagnostics) {
    SpecPath auth = SpecPath.root().resolve("spec.auth");
    if (spec.auth().enabled()) {
      check(spec.auth().password(), auth.at("password"), "REDIS_PASSWORD", diagnostics);
    }
    check(spec.auth().sentinelPassword(), auth.at("sentinelPassword"), "SENTINEL_PASSWORD", diagnostics);
    return new Secrets(
        spec.auth().enabled() ? Pods.SecretKey.of(spec.auth().password()) : Optional.empty(),
        Pods.SecretKey.of(spec.auth().sentinelPassword()));
  }

  private static void check(Optional<SecretRef> ref, SpecPath path, String variable, Diagnostics diagnostics) {
    if (ref.isEmpty() || ref.get() instanceof SecretRef.KubernetesSecret) {
      return;
    }
    String kind = ref.get() instanceof SecretRef.File ? "A `file`" : "An `env`";
    diagnostics.add(Diagnostic.error(Codes.SECRET_NOT_KUBERNETES, path,
            kind + " secret reference cannot be used on the kubernetes target",
            "Store the password in a Secret and reference it with `kubernetesSecret: { name: ..., key: ... }`; "
                + "the pods read it as `" + variable + "`.")
        .withDetail("Pods have no host files or shell environment to read it from, and rhc never copies a "
            + "secret into a manifest."));
  }

  /** Every secret, for containers that talk to both data nodes and sentinels. */
  List<Pods.Env> env() {
    return Pods.secretEnv(redis, sentinel);
  }

  /** What a sentinel container needs at run time (its probe authenticates). */
  List<Pods.Env> sentinelEnv() {
    return Pods.secretEnv(Optional.empty(), sentinel);
  }
}
