package io.rhc.target.systemd;

import io.rhc.emit.Artifact;
import io.rhc.emit.runtime.RuntimeFiles;
import io.rhc.emit.runtime.RuntimeLayout;
import io.rhc.emit.runtime.TlsFiles;
import io.rhc.model.Spec;
import io.rhc.target.systemd.UnitViews.Env;
import io.rhc.units.Durations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The files of one host: runtime config, units, host prerequisites, README.txt and install.sh. */
final class HostBundle {
  private static final Set<String> SENTINEL_ONLY = Set.of(RuntimeFiles.SENTINEL_CONF);
  private static final Set<String> REDIS_ONLY = Set.of(RuntimeFiles.REDIS_CONF, RuntimeFiles.PRESTOP_SCRIPT);
  static final String HAPROXY_ENV = "haproxy.env";
  static final String BACKUP_SCRIPT = "rhc-backup.sh";

  private final Cluster cluster;
  private final HostPlan host;
  private final ClusterPaths paths;
  private final List<Artifact> files = new ArrayList<>();
  private final List<String> units = new ArrayList<>();

  private HostBundle(Cluster cluster, HostPlan host) {
    this.cluster = cluster;
    this.host = host;
    this.paths = cluster.paths();
  }

  /** Paths relative to the output root: {@code <host>/etc/...}, {@code <host>/install.sh}. */
  static List<Artifact> artifacts(Cluster cluster, HostPlan host) {
    return new HostBundle(cluster, host).build();
  }

  private List<Artifact> build() {
    if (host.redis()) {
      runtime(paths.redisLayout(), SENTINEL_ONLY);
      redisUnit();
      cluster.backup().ifPresent(this::backup);
    }
    if (host.sentinel().isPresent()) {
      runtime(paths.sentinelLayout(), REDIS_ONLY);
      sentinelUnit();
    }
    if (host.proxy()) {
      haproxy();
    }
    if (host.redis() || host.sentinel().isPresent()) {
      put(paths.sysctlFile(), Render.template("sysctl.conf", new Named(cluster.name())), false);
      put(paths.tmpfilesFile(), Render.template("tmpfiles.conf",
          new Tmpfiles(cluster.name(), directories())), false);
    }
    List<Artifact> installed = List.copyOf(files);
    InstallScript install = new InstallScript(cluster, host, units, installed, directories(), haproxyEnvironment());
    files.add(Artifact.script(host.name() + "/install.sh", install.render()));
    files.add(Artifact.file(host.name() + "/README.txt", install.readme()));
    return files.stream().sorted(Comparator.comparing(Artifact::path)).toList();
  }

  private void runtime(RuntimeLayout layout, Set<String> skip) {
    for (Artifact a : RuntimeFiles.configFiles(cluster.spec(), cluster.peers(), layout)) {
      if (!skip.contains(a.path())) {
        put(layout.configDir() + "/" + a.path(), a.content(), a.executable());
      }
    }
  }

  private void redisUnit() {
    int node = host.node().getAsInt();
    List<Env> env = new ArrayList<>();
    env.add(new Env("RHC_NODE_INDEX", Integer.toString(node)));
    env.add(new Env("RHC_STOP_TIMEOUT", Long.toString(cluster.timings().stopTimeoutSeconds())));
    env.addAll(secretEnv());
    UnitTimings t = cluster.timings();
    unit("redis", "service", true, Render.template("redis.service", new UnitViews.Redis(cluster.name(), host.name(), node,
        paths.redisConfigDir(), paths.redisStateDir(), paths.dataDir(), env, t.startSeconds(), t.stopSeconds(),
        cluster.spec().systemd().orElseThrow().restart(), Durations.format(t.restartDelay()),
        cluster.spec().memory().limit().systemd())));
  }

  private void sentinelUnit() {
    int index = host.sentinel().getAsInt();
    List<Env> env = new ArrayList<>();
    env.add(new Env("RHC_SENTINEL_INDEX", Integer.toString(index)));
    env.addAll(secretEnv());
    unit("sentinel", "service", true, Render.template("sentinel.service", new UnitViews.Sentinel(cluster.name(),
        host.name(), index, paths.sentinelConfigDir(), paths.sentinelStateDir(), env,
        UnitTimings.BASE_START_SECONDS, cluster.spec().memory().sentinelLimit().systemd())));
  }

  private void haproxy() {
    Artifact cfg = RuntimeFiles.haproxyConfig(cluster.spec(), cluster.peers(), paths.tls().map(TlsFiles::ca));
    String config = paths.haproxyConfigDir() + "/" + cfg.path();
    put(config, cfg.content(), false);
    Optional<String> envFile = haproxyEnvironment().isEmpty() ? Optional.empty()
        : Optional.of(paths.haproxyConfigDir() + "/" + HAPROXY_ENV);
    unit("haproxy", "service", true, Render.template("haproxy.service",
        new UnitViews.Haproxy(cluster.name(), host.name(), config, envFile)));
  }

  /** Variables HAProxy's config expands, each with the secret file install.sh reads it from. */
  List<InstallScript.Pair> haproxyEnvironment() {
    List<InstallScript.Pair> pairs = new ArrayList<>();
    cluster.secrets().redisPasswordFile().ifPresent(f -> pairs.add(new InstallScript.Pair("REDIS_PASSWORD", f)));
    if (cluster.spec().proxy().sentinelPort().isPresent()) {
      cluster.secrets().sentinelPasswordFile()
          .ifPresent(f -> pairs.add(new InstallScript.Pair("SENTINEL_PASSWORD", f)));
    }
    return pairs;
  }

  private void backup(Cluster.Backup backup) {
    int node = host.node().getAsInt();
    String script = paths.backupConfigDir() + "/" + BACKUP_SCRIPT;
    Spec spec = cluster.spec();
    put(script, Render.template(BACKUP_SCRIPT, new UnitViews.BackupScript(cluster.name(), host.name(), node,
        spec.nodes().port(), backup.destination(), Durations.format(spec.backup().retention()),
        Math.max(1, spec.backup().retention().toMinutes()))), true);
    List<Env> env = cluster.secrets().redisPasswordFile().map(f -> List.of(new Env("REDIS_PASSWORD_FILE", f)))
        .orElse(List.of());
    unit("backup", "service", false, Render.template("backup.service", new UnitViews.BackupService(
        cluster.name(), host.name(), node, backup.destination(), script, env)));
    unit("backup", "timer", true, Render.template("backup.timer", new UnitViews.BackupTimer(
        cluster.name(), node, spec.backup().schedule(), backup.onCalendar(), paths.unit("backup", "service"))));
  }

  private List<Env> secretEnv() {
    List<Env> env = new ArrayList<>();
    cluster.secrets().redisPasswordFile().ifPresent(f -> env.add(new Env("REDIS_PASSWORD_FILE", f)));
    cluster.secrets().sentinelPasswordFile().ifPresent(f -> env.add(new Env("SENTINEL_PASSWORD_FILE", f)));
    return env;
  }

  /** Directories units write to, owned by redis: data, state, secrets and backup destination. */
  List<InstallScript.Dir> directories() {
    List<InstallScript.Dir> dirs = new ArrayList<>();
    if (host.redis()) {
      dirs.add(new InstallScript.Dir(paths.dataDir(), "0750"));
      dirs.add(new InstallScript.Dir(paths.redisStateDir(), "0750"));
      cluster.backup().ifPresent(b -> dirs.add(new InstallScript.Dir(b.destination(), "0750")));
    }
    if (host.sentinel().isPresent()) {
      dirs.add(new InstallScript.Dir(paths.sentinelStateDir(), "0750"));
    }
    if (host.redis() || host.sentinel().isPresent()) {
      cluster.secrets().directories().forEach(d -> dirs.add(new InstallScript.Dir(d, "0700")));
    }
    return dirs;
  }

  /** Adds a unit file; {@code enable}: install.sh enables it (a timer's service is started by the timer). */
  private void unit(String role, String suffix, boolean enable, String content) {
    String name = paths.unit(role, suffix);
    put(ClusterPaths.UNIT_DIR + "/" + name, content, false);
    if (enable) {
      units.add(name);
    }
  }

  private void put(String absolute, String content, boolean executable) {
    files.add(new Artifact(host.name() + absolute, content, executable));
  }

  record Named(String cluster) {}

  record Tmpfiles(String cluster, List<InstallScript.Dir> directories) {}
}
