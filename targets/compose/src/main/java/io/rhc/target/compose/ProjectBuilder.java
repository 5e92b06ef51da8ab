package io.rhc.target.compose;

import io.rhc.model.BackupDestination;
import io.rhc.model.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the compose project of a spec: what runs where, with which mounts, limits and checks. */
final class ProjectBuilder {
  /** Seconds {@code rhc-prestop.sh} keeps for the server's own shutdown after the hand-over. */
  static final int PRESTOP_MARGIN_SECONDS = 5;
  /** Extra time compose waits after RHC_STOP_TIMEOUT: redis SHUTDOWN (final fsync / save) and sentinel exit. */
  static final int SHUTDOWN_SECONDS = 10;

  private static final Duration CHECK_INTERVAL = Duration.ofSeconds(5);
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);
  private static final int CHECK_RETRIES = 3;
  /** Loading a large AOF can take a while; LOADING answers do not count as failures before this. */
  private static final Duration NODE_START_PERIOD = Duration.ofSeconds(60);
  private static final Duration START_PERIOD = Duration.ofSeconds(20);

  private final Spec spec;
  private final ComposeLayout layout;
  private final ComposeSecrets secrets;
  private final SortedMap<String, ComposeProject.NamedVolume> volumes = new TreeMap<>();

  ProjectBuilder(Spec spec) {
    this.spec = spec;
    this.layout = new ComposeLayout(spec);
    this.secrets = new ComposeSecrets(spec);
  }

  /**
   * RHC_STOP_TIMEOUT: the hand-over may take one failover-timeout (after that sentinel abandons
   * the failover anyway), plus the margin the prestop script keeps for the shutdown.
   */
  static long stopTimeoutSeconds(Spec spec) {
    return ComposeUnits.ceilSeconds(spec.sentinel().failoverTimeout()) + PRESTOP_MARGIN_SECONDS;
  }

  static Duration stopGracePeriod(Spec spec) {
    return Duration.ofSeconds(stopTimeoutSeconds(spec) + SHUTDOWN_SECONDS);
  }

  ComposeProject build() {
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < spec.nodes().count(); i++) {
      services.add(dataNode(i));
    }
    if (!layout.colocated()) {
      for (int i = 0; i < spec.sentinel().count(); i++) {
        services.add(sentinel(i));
      }
    }
    List<String> proxies = layout.proxies();
    for (int i = 0; i < proxies.size(); i++) {
      services.add(proxy(proxies.get(i), i));
    }
    if (spec.monitoring().exporter().enabled()) {
      for (int i = 0; i < spec.nodes().count(); i++) {
        services.add(exporter(i));
      }
    }
    if (spec.backup().enabled()) {
      services.add(backup());
    }
    SortedMap<String, String> networks = new TreeMap<>();
    networks.put(layout.network(), "");
    return new ComposeProject(spec.compose().project(), services, networks, volumes, secrets.declared());
  }

  private Service dataNode(int i) {
    String name = layout.node(i);
    boolean colocated = layout.colocated() && i < spec.sentinel().count();
    SortedMap<String, String> env = new TreeMap<>(secrets.environment(true, true));
    env.put("RHC_NODE_INDEX", Integer.toString(i));
    env.put("RHC_STOP_TIMEOUT", Long.toString(stopTimeoutSeconds(spec)));
    spec.compose().restartDelay().ifPresent(d -> env.put("RHC_RESTART_DELAY", Long.toString(ComposeUnits.ceilSeconds(d))));
    if (colocated) {
      env.put("RHC_SENTINEL_INDEX", Integer.toString(i));
    }
    String mode = colocated ? "redis+sentinel" : "redis";
    List<String> ports = colocated ? sentinelPorts(i) : List.of();
    long limit = spec.memory().limit().bytes() + (colocated ? spec.memory().sentinelLimit().bytes() : 0);
    return new Service(name, spec.nodes().list().get(i).image(), List.of(),
        List.of("sh", ComposeLayout.CONFIG_DIR + "/rhc-run.sh", mode), List.of(), env,
        mounted(secrets.mounted(true, true), secrets.tlsMounted(true)),
        List.of(Mount.config(ComposeLayout.HOST_CONFIG_DIR, ComposeLayout.CONFIG_DIR),
            Mount.state(volume(ComposeLayout.dataVolume(name)), ComposeLayout.DATA_DIR),
            Mount.state(volume(ComposeLayout.stateVolume(name)), ComposeLayout.STATE_DIR)),
        List.of(layout.network()), ports, spec.compose().restart(), Optional.of(stopGracePeriod(spec)),
        Optional.of(ComposeUnits.memory(io.rhc.model.ByteSize.ofBytes(limit))),
        Optional.of(ComposeUnits.memory(spec.memory().request())),
        Optional.of(health(List.of("CMD", "sh", ComposeLayout.CONFIG_DIR + "/rhc-health.sh", mode), NODE_START_PERIOD)));
  }

  private Service sentinel(int i) {
    String name = layout.sentinels().get(i);
    SortedMap<String, String> env = new TreeMap<>(secrets.environment(true, true));
    env.put("RHC_SENTINEL_INDEX", Integer.toString(i));
    return new Service(name, spec.sentinel().image(), List.of(),
        List.of("sh", ComposeLayout.CONFIG_DIR + "/rhc-run.sh", "sentinel"), List.of(), env,
        mounted(secrets.mounted(true, true), secrets.tlsMounted(true)),
        List.of(Mount.config(ComposeLayout.HOST_CONFIG_DIR, ComposeLayout.CONFIG_DIR),
            Mount.state(volume(ComposeLayout.stateVolume(name)), ComposeLayout.STATE_DIR)),
        List.of(layout.network()), sentinelPorts(i), spec.compose().restart(), Optional.empty(),
        Optional.of(ComposeUnits.memory(spec.memory().sentinelLimit())), Optional.empty(),
        Optional.of(health(List.of("CMD", "sh", ComposeLayout.CONFIG_DIR + "/rhc-health.sh", "sentinel"), START_PERIOD)));
  }

  /** Sentinels all listen on one port; the host side is numbered so several can be published. */
  private List<String> sentinelPorts(int i) {
    int port = spec.sentinel().port();
    return spec.compose().publishSentinels() ? List.of((port + i) + ":" + port) : List.of();
  }

  private Service proxy(String name, int i) {
    boolean sentinelFrontend = spec.proxy().sentinelPort().isPresent();
    List<String> ports = new ArrayList<>();
    ports.add(published(spec.proxy().port(), i));
    spec.proxy().readOnlyPort().ifPresent(p -> ports.add(published(p, i)));
    spec.proxy().sentinelPort().ifPresent(p -> ports.add(published(p, i)));
    String healthz = "http://127.0.0.1:" + spec.proxy().statsPort() + "/healthz";
    return new Service(name, spec.proxy().image(), List.of(),
        List.of("sh", ComposeLayout.HAPROXY_DIR + "/rhc-haproxy.sh"), List.of(),
        secrets.environment(true, sentinelFrontend),
        mounted(secrets.mounted(true, sentinelFrontend), secrets.tlsMounted(false)),
        List.of(Mount.config(ComposeLayout.HOST_HAPROXY_DIR, ComposeLayout.HAPROXY_DIR)),
        List.of(layout.network()), ports, spec.compose().restart(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(health(List.of("CMD", "wget", "-q", "-O", "/dev/null", healthz), START_PERIOD)));
  }

  /** Proxy replicas share one host: replica {@code i} publishes {@code port + i}. */
  private static String published(int port, int replica) {
    return (port + replica) + ":" + port;
  }

  private Service exporter(int i) {
    // redis_exporter reads REDIS_PASSWORD; its password file is a JSON map, not a secret file (RHC5109).
    SortedMap<String, String> env = new TreeMap<>(secrets.environment(true, false));
    env.remove(ComposeSecrets.REDIS + "_FILE");
    env.put("REDIS_ADDR", "redis://" + layout.node(i) + ":" + spec.nodes().port());
    env.put("REDIS_EXPORTER_WEB_LISTEN_ADDRESS", ":" + spec.monitoring().exporter().port());
    return new Service(layout.exporter(i), spec.monitoring().exporter().image(), List.of(), List.of(), List.of(),
        env, List.of(), List.of(), List.of(layout.network()), List.of(),
        spec.compose().restart(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The backup job runs once per {@code docker-compose run}; compose has no scheduler, so the
   * README gives the host crontab line for the spec's schedule (profile {@code backup} keeps it out
   * of {@code up}).
   */
  private Service backup() {
    SortedMap<String, String> env = new TreeMap<>(secrets.environment(true, true));
    env.put("RHC_BACKUP_RETENTION_DAYS", Long.toString(Math.max(1, spec.backup().retention().toDays())));
    spec.backup().pushgateway().ifPresent(url -> env.put("RHC_PUSHGATEWAY", url));
    return new Service(layout.backup(), spec.engine().image(), List.of("backup"),
        List.of("sh", ComposeLayout.CONFIG_DIR + "/rhc-backup.sh"), List.of(), env, secrets.mounted(true, true),
        List.of(Mount.config(ComposeLayout.HOST_CONFIG_DIR, ComposeLayout.CONFIG_DIR), backupMount()),
        List.of(layout.network()), List.of(), "no", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private Mount backupMount() {
    Optional<BackupDestination> destination = spec.backup().destination();
    if (destination.isPresent() && destination.get() instanceof BackupDestination.HostPath host) {
      return Mount.bind(host.path(), ComposeLayout.BACKUP_DIR);
    }
    String name = layout.backup();
    if (destination.isPresent() && destination.get() instanceof BackupDestination.Nfs nfs) {
      volumes.put(name, new ComposeProject.NamedVolume(name, Optional.of("addr=" + nfs.server() + ",rw,nfsvers=4"),
          Optional.of(":" + nfs.path())));
      return Mount.volume(name, ComposeLayout.BACKUP_DIR);
    }
    return Mount.volume(volume(name), ComposeLayout.BACKUP_DIR);
  }

  private String volume(String name) {
    volumes.putIfAbsent(name, new ComposeProject.NamedVolume(name, Optional.empty(), Optional.empty()));
    return name;
  }

  private static List<String> mounted(List<String> passwords, List<String> tls) {
    List<String> all = new ArrayList<>(passwords);
    all.addAll(tls);
    return all;
  }

  private static Healthcheck health(List<String> test, Duration startPeriod) {
    return new Healthcheck(test, CHECK_INTERVAL, CHECK_TIMEOUT, CHECK_RETRIES, startPeriod);
  }
}
