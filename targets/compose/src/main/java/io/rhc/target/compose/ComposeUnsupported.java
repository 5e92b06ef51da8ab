package io.rhc.target.compose;

import io.rhc.emit.Unsupported;
import io.rhc.model.BackupDestination;
import io.rhc.model.SecretRef;
import io.rhc.model.Spec;
import io.rhc.model.Spread;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Spec features Kubernetes expresses and compose cannot; IDs are documented in the module README. */
final class ComposeUnsupported {
  static final String SPREAD = "RHC5101";
  static final String DISRUPTION_BUDGET = "RHC5102";
  static final String NETWORK_POLICY = "RHC5103";
  static final String STORAGE_CLASS = "RHC5104";
  static final String CPU_LIMIT = "RHC5105";
  static final String AVOID_NODES = "RHC5106";
  static final String KUBERNETES_SECRET = "RHC5107";
  static final String VOLUME_CLAIM = "RHC5108";
  static final String EXPORTER_PASSWORD_FILE = "RHC5109";

  private ComposeUnsupported() {}

  static List<Unsupported> of(Spec spec) {
    List<Unsupported> found = new ArrayList<>();
    if (spec.placement().spread() != Spread.NONE) {
      found.add(new Unsupported(SPREAD, path("placement.spread"),
          "Compose runs every service on one Docker host, so instances are not spread across "
              + spec.placement().spread().name().toLowerCase(java.util.Locale.ROOT) + "s",
          "Set `placement.spread: none` to acknowledge a single-host cluster, or use the kubernetes or systemd target."));
    }
    if (!spec.placement().avoidNodes().isEmpty()) {
      found.add(new Unsupported(AVOID_NODES, path("placement.avoidNodes"),
          "Compose cannot keep instances off named hosts",
          "Run the project on a host that is not in `placement.avoidNodes`."));
    }
    if (spec.proxy().enabled() && spec.proxy().replicas() > 1 && spec.proxy().minAvailable() > 0) {
      found.add(new Unsupported(DISRUPTION_BUDGET, path("proxy.minAvailable"),
          "Compose has no disruption budget: nothing keeps `" + spec.proxy().minAvailable()
              + "` proxies up while containers are stopped",
          "Restart proxies one at a time (`docker-compose restart <service>`)."));
    }
    if (spec.networkPolicy().enabled()) {
      found.add(new Unsupported(NETWORK_POLICY, path("networkPolicy.enabled"),
          "Compose has no network policy: every container on the project network reaches the data nodes",
          "Attach only trusted services to the project network and turn on `auth`."));
    }
    if (spec.persistence().volume().storageClass().isPresent()) {
      found.add(new Unsupported(STORAGE_CLASS, path("persistence.volume.storageClass"),
          "Compose volumes have no storage class; data lives in local named volumes",
          "Put Docker's data root on the storage you meant, or remove `storageClass`."));
    }
    if (spec.kubernetes().cpuLimit().isPresent()) {
      found.add(new Unsupported(CPU_LIMIT, path("kubernetes.cpu.limit"),
          "The kubernetes CPU limit is not applied to compose services",
          "Set `cpus:` in a compose override file if the host needs the cap."));
    }
    secretRef(spec.auth().password(), "auth.password", "REDIS_PASSWORD", found);
    secretRef(spec.auth().sentinelPassword(), "auth.sentinelPassword", "SENTINEL_PASSWORD", found);
    if (spec.backup().enabled() && spec.backup().destination().orElse(null) instanceof BackupDestination.VolumeClaim) {
      found.add(new Unsupported(VOLUME_CLAIM, path("backup.destination.volumeClaim"),
          "Compose has no PersistentVolumeClaims; backups go to the named volume `"
              + new ComposeLayout(spec).backup() + "`",
          "Use `backup.destination.path` or `backup.destination.nfs` for compose."));
    }
    if (spec.monitoring().exporter().enabled() && spec.auth().enabled()
        && spec.auth().password().orElse(null) instanceof SecretRef.File) {
      found.add(new Unsupported(EXPORTER_PASSWORD_FILE, path("auth.password.file"),
          "The exporter image cannot read a password file, so the exporters run without the password",
          "Use an `env` ref for `auth.password`, or give the exporters `REDIS_PASSWORD` in a compose override file."));
    }
    return found;
  }

  private static void secretRef(Optional<SecretRef> ref, String at, String variable, List<Unsupported> found) {
    if (ref.isPresent() && ref.get() instanceof SecretRef.KubernetesSecret) {
      found.add(new Unsupported(KUBERNETES_SECRET, path(at + ".kubernetesSecret"),
          "Compose cannot read a Kubernetes Secret; the value is read from `" + variable + "` in `.env`",
          "Set `" + variable + "` in the project's `.env`, or use an `env` or `file` ref."));
    }
  }

  private static SpecPath path(String dotted) {
    return SpecPath.root().at("spec").resolve(dotted);
  }
}
