package io.rhc.explain;

import io.rhc.model.Aof;
import io.rhc.model.Auth;
import io.rhc.model.BackupDestination;
import io.rhc.model.ConfigDirective;
import io.rhc.model.Persistence;
import io.rhc.model.Proxy;
import io.rhc.model.Rdb;
import io.rhc.model.SecretRef;
import io.rhc.model.Sentinel;
import io.rhc.model.Spec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The typed spec laid out with the keys and order of the spec file, so each leaf sits at the same
 * path its origin is recorded under. Per-node values appear under {@code spec.nodes.list}; empty
 * optional values are left out.
 */
final class SpecTree {
  private SpecTree() {}

  static Tree.Mapping of(Spec s) {
    Tree.Mapping root = new Tree.Mapping();
    Tree.Mapping metadata = root.section("metadata").put("name", s.metadata().name())
        .put("namespace", s.metadata().namespace());
    labels(metadata, s.metadata().labels());
    Tree.Mapping spec = root.section("spec");
    Tree.Mapping engine = spec.section("engine").put("type", s.engine().type())
        .put("version", s.engine().version()).put("image", s.engine().image());
    config(engine, s.engine().config());
    spec.section("nodes").put("count", s.nodes().count()).put("port", s.nodes().port())
        .list("list", s.nodes().list(), (m, n) -> m.put("engine", n.engine()).put("version", n.version())
            .put("image", n.image()).put("replicaPriority", n.replicaPriority()));
    sentinel(spec.section("sentinel"), s.sentinel());
    proxy(spec.section("proxy"), s.proxy());
    spec.section("memory").put("limit", s.memory().limit()).put("request", s.memory().request())
        .put("maxmemory", s.memory().maxmemory()).putIfPresent("dataset", s.memory().dataset())
        .put("policy", s.memory().policy()).put("writeHeavy", s.memory().writeHeavy())
        .put("sentinelLimit", s.memory().sentinelLimit());
    Tree.Mapping replication = spec.section("replication").put("backlogSize", s.replication().backlogSize());
    replication.section("replicaOutputBuffer").put("hard", s.replication().replicaOutputBuffer().hard())
        .put("soft", s.replication().replicaOutputBuffer().soft())
        .put("softSeconds", s.replication().replicaOutputBuffer().softSeconds());
    replication.put("minReplicasToWrite", s.replication().minReplicasToWrite())
        .put("minReplicasMaxLag", s.replication().minReplicasMaxLag())
        .put("disklessSync", s.replication().disklessSync());
    persistence(spec.section("persistence"), s.persistence());
    spec.list("dataClasses", s.dataClasses(), (m, d) -> m.put("name", d.name()).put("kind", d.kind())
        .putIfPresent("library", d.library()).put("mustSurvive", d.mustSurvive())
        .putIfPresent("blockingTimeout", d.blockingTimeout()).putIfPresent("maxTaskDuration", d.maxTaskDuration()));
    auth(spec.section("auth"), s.auth());
    Tree.Mapping tls = spec.section("tls").put("enabled", s.tls().enabled());
    s.tls().certificateSecret().ifPresent(name -> tls.section("certificate").section("kubernetesSecret")
        .put("name", name));
    s.tls().certManager().ifPresent(cm -> {
      Tree.Mapping m = tls.section("certManager");
      m.section("issuerRef").put("name", cm.issuerName()).put("kind", cm.issuerKind()).put("group", cm.issuerGroup());
      m.putIfPresent("duration", cm.duration()).putIfPresent("renewBefore", cm.renewBefore());
    });
    tls.putIfPresent("certificateFile", s.tls().certificateFile()).putIfPresent("keyFile", s.tls().keyFile())
        .putIfPresent("caFile", s.tls().caFile()).put("clientAuth", s.tls().clientAuth())
        .put("protocols", s.tls().protocols()).putIfPresent("ciphers", s.tls().ciphers());
    Tree.Mapping monitoring = spec.section("monitoring");
    monitoring.section("exporter").put("enabled", s.monitoring().exporter().enabled())
        .put("image", s.monitoring().exporter().image()).put("port", s.monitoring().exporter().port());
    monitoring.put("alerts", s.monitoring().alerts()).put("scrapeInterval", s.monitoring().scrapeInterval());
    Tree.Mapping operator = monitoring.section("prometheusOperator")
        .put("monitor", s.monitoring().prometheusOperator().monitor().id());
    labels(operator, s.monitoring().prometheusOperator().labels());
    Tree.Mapping backup = spec.section("backup").put("enabled", s.backup().enabled())
        .put("schedule", s.backup().schedule()).put("retention", s.backup().retention());
    s.backup().destination().ifPresent(d -> destination(backup.section("destination"), d));
    backup.putIfPresent("pushgateway", s.backup().pushgateway());
    spec.section("placement").put("spread", s.placement().spread()).put("required", s.placement().required())
        .put("avoidNodes", s.placement().avoidNodes());
    spec.section("networkPolicy").put("enabled", s.networkPolicy().enabled())
        .put("allowNamespaces", s.networkPolicy().allowNamespaces());
    Tree.Mapping kubernetes = spec.section("kubernetes").put("clusterDomain", s.kubernetes().clusterDomain())
        .put("podManagementPolicy", s.kubernetes().podManagementPolicy())
        .put("updateStrategy", s.kubernetes().updateStrategy())
        .put("terminationGracePeriod", s.kubernetes().terminationGracePeriod());
    kubernetes.section("cpu").put("request", s.kubernetes().cpuRequest())
        .putIfPresent("limit", s.kubernetes().cpuLimit());
    kubernetes.put("serviceName", s.kubernetes().serviceName());
    spec.section("compose").put("project", s.compose().project()).put("network", s.compose().network())
        .put("restart", s.compose().restart()).putIfPresent("restartDelay", s.compose().restartDelay())
        .put("publishSentinels", s.compose().publishSentinels()).put("servicePrefix", s.compose().servicePrefix());
    s.systemd().ifPresent(systemd -> spec.section("systemd")
        .list("hosts", systemd.hosts(), (m, h) -> {
          m.put("name", h.name()).put("roles", h.roles().stream().sorted().toList());
          optional(m, "node", h.node());
        })
        .put("restart", systemd.restart()).putIfPresent("restartDelay", systemd.restartDelay())
        .put("configDir", systemd.configDir()));
    Tree.Mapping drill = spec.section("drill").put("scenarios", s.drill().scenarios());
    if (!s.drill().maxUnavailability().isEmpty() || !s.drill().maxLostWrites().isEmpty()) {
      Tree.Mapping objectives = drill.section("objectives");
      s.drill().maxUnavailability().forEach(objectives.section("maxUnavailability")::put);
      s.drill().maxLostWrites().forEach(objectives.section("maxLostWrites")::put);
    }
    Tree.Mapping lint = spec.section("lint")
        .list("ignore", s.lint().ignore(), (m, i) -> m.put("rule", i.rule()).put("reason", i.reason()));
    var t = s.lint().thresholds();
    lint.section("thresholds").put("maxmemoryInfoPercent", t.maxmemoryInfoPercent())
        .put("maxmemoryWarningPercent", t.maxmemoryWarningPercent())
        .put("maxmemoryErrorPercent", t.maxmemoryErrorPercent()).put("minDownAfter", t.minDownAfter())
        .put("maxDownAfter", t.maxDownAfter()).put("maxCheckDetection", t.maxCheckDetection());
    return root;
  }

  private static void sentinel(Tree.Mapping m, Sentinel s) {
    m.put("placement", s.placement()).put("count", s.count()).put("quorum", s.quorum())
        .put("masterName", s.masterName()).put("port", s.port()).put("image", s.image()).put("version", s.version())
        .put("downAfter", s.downAfter()).put("failoverTimeout", s.failoverTimeout())
        .put("parallelSyncs", s.parallelSyncs()).put("masterRebootDownAfter", s.masterRebootDownAfter())
        .put("resolveHostnames", s.resolveHostnames()).put("announceHostnames", s.announceHostnames())
        .putIfPresent("monitorAddress", s.monitorAddress());
    config(m, s.config());
  }

  private static void proxy(Tree.Mapping m, Proxy p) {
    m.put("enabled", p.enabled()).put("image", p.image()).put("replicas", p.replicas())
        .put("minAvailable", p.minAvailable()).put("port", p.port());
    optional(m, "readOnlyPort", p.readOnlyPort());
    optional(m, "sentinelPort", p.sentinelPort());
    m.put("statsPort", p.statsPort());
    m.section("check").put("interval", p.check().interval()).put("fall", p.check().fall())
        .put("rise", p.check().rise());
    m.section("timeouts").put("connect", p.timeouts().connect()).put("client", p.timeouts().client())
        .put("server", p.timeouts().server()).put("tunnel", p.timeouts().tunnel()).put("check", p.timeouts().check());
    m.put("shutdownSessionsOnMarkedDown", p.shutdownSessionsOnMarkedDown());
  }

  private static void persistence(Tree.Mapping m, Persistence p) {
    rdb(m.section("rdb"), p.rdb());
    aof(m.section("aof"), p.aof());
    Tree.Mapping replicas = m.section("replicas");
    rdb(replicas.section("rdb"), p.replicaRdb());
    aof(replicas.section("aof"), p.replicaAof());
    m.section("volume").put("type", p.volume().type()).put("size", p.volume().size())
        .putIfPresent("storageClass", p.volume().storageClass()).put("path", p.volume().path());
    m.put("stopWritesOnBgsaveError", p.stopWritesOnBgsaveError())
        .put("noAppendfsyncOnRewrite", p.noAppendfsyncOnRewrite());
  }

  private static void rdb(Tree.Mapping m, Rdb rdb) {
    m.put("enabled", rdb.enabled())
        .list("savePoints", rdb.savePoints(),
            (point, sp) -> point.put("after", sp.after()).put("changes", sp.changes()));
  }

  private static void aof(Tree.Mapping m, Aof aof) {
    m.put("enabled", aof.enabled()).put("fsync", aof.fsync()).put("rewritePercentage", aof.rewritePercentage())
        .put("rewriteMinSize", aof.rewriteMinSize());
  }

  private static void auth(Tree.Mapping m, Auth auth) {
    m.put("mode", auth.mode());
    secret(m, "password", auth.password());
    secret(m, "sentinelPassword", auth.sentinelPassword());
    m.list("users", auth.users(), (u, user) -> {
      u.put("name", user.name());
      if (user.passwords().size() == 1) {
        secret(u, "password", Optional.of(user.passwords().get(0)));
      } else {
        u.list("passwords", user.passwords(), SpecTree::secretFields);
      }
      u.put("permissions", user.permissions());
    });
    m.put("defaultUser", auth.defaultUser());
    m.put("protectedMode", auth.protectedMode());
  }

  private static void secret(Tree.Mapping m, String key, Optional<SecretRef> ref) {
    ref.ifPresent(r -> secretFields(m.section(key), r));
  }

  private static void secretFields(Tree.Mapping at, SecretRef r) {
    if (r instanceof SecretRef.KubernetesSecret k) {
      at.section("kubernetesSecret").put("name", k.name()).put("key", k.key());
    } else if (r instanceof SecretRef.File f) {
      at.put("file", f.path());
    } else if (r instanceof SecretRef.Env e) {
      at.put("env", e.name());
    }
  }

  private static void destination(Tree.Mapping m, BackupDestination d) {
    if (d instanceof BackupDestination.Nfs nfs) {
      m.section("nfs").put("server", nfs.server()).put("path", nfs.path());
    } else if (d instanceof BackupDestination.HostPath path) {
      m.put("path", path.path());
    } else if (d instanceof BackupDestination.VolumeClaim claim) {
      m.put("volumeClaim", claim.name());
    }
  }

  /** {@code engine.config} or {@code sentinel.config}: an empty one is one leaf, {@code {}}; a list one leaf. */
  private static void config(Tree.Mapping m, List<ConfigDirective> directives) {
    if (directives.isEmpty()) {
      m.entries().put("config", new Tree.Leaf("{}"));
    } else {
      Tree.Mapping section = m.section("config");
      directives.forEach(d -> section.put(d.name(), d.values().size() == 1 ? d.values().get(0) : d.values()));
    }
  }

  /** A label map: an empty one is one leaf, {@code {}}. */
  private static void labels(Tree.Mapping m, Map<String, String> labels) {
    if (labels.isEmpty()) {
      m.entries().put("labels", new Tree.Leaf("{}"));
    } else {
      Tree.Mapping section = m.section("labels");
      labels.forEach(section::put);
    }
  }

  private static void optional(Tree.Mapping m, String key, OptionalInt value) {
    if (value.isPresent()) {
      m.put(key, value.getAsInt());
    }
  }
}
