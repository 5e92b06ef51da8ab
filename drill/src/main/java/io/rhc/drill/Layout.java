package io.rhc.drill;

import io.rhc.model.AclUser;
import io.rhc.model.Auth;
import io.rhc.model.Backup;
import io.rhc.model.HostRole;
import io.rhc.model.Origin;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.SecretRef;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import io.rhc.model.SystemdHost;
import io.rhc.model.SystemdSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The hosts the drill boots. A spec with {@code spec.systemd} is drilled on its own hosts; any
 * other spec gets a synthesized host layout named like its target would name things (Kubernetes
 * pod DNS names, or compose service names) — one host per data node with its co-located sentinel
 * (or one host per dedicated sentinel) and one host per HAProxy replica — emitted by the systemd
 * target. Every target ships the same runtime scripts and configs ({@code io.rhc.emit.runtime}),
 * so the drill exercises the boot-time master choice, the stop hook and the HAProxy checks the
 * deployed cluster runs.
 *
 * @param kind {@code systemd}, {@code kubernetes} or {@code compose}: whose names the hosts carry
 * @param spec the spec to emit, with {@code systemd} hosts and password files
 */
record Layout(String kind, Spec spec, List<SystemdHost> hosts) {
  static final String SECRETS = "/etc/redis-ha/secrets/";
  static final String REDIS_PASSWORD_FILE = SECRETS + "redis-password";
  static final String SENTINEL_PASSWORD_FILE = SECRETS + "sentinel-password";
  /** Mode acl: the user the drill's probes, observers and checks log in as, with every permission. */
  static final String PROBE_USER = "rhc-drill";
  static final String PROBE_PASSWORD_FILE = SECRETS + "rhc-drill-password";

  static Layout of(ResolvedSpec resolved) {
    Spec spec = resolved.spec();
    if (spec.systemd().isPresent()) {
      return new Layout("systemd", lab(spec, spec.auth(), spec.backup(), spec.systemd().get()),
          spec.systemd().get().hosts());
    }
    boolean compose = resolved.origins().entrySet().stream().anyMatch(e -> e.getKey().toString()
        .startsWith("spec.compose.") && e.getValue().kind() == Origin.Kind.USER);
    List<SystemdHost> hosts = compose ? composeHosts(spec) : kubernetesHosts(spec);
    return new Layout(compose ? "compose" : "kubernetes", hosted(spec, hosts), hosts);
  }

  /**
   * Every host of the layouts, in order of first appearance, each with every role it has in any of them; the
   * spec is the last layout's.
   */
  static Layout union(List<Layout> chain) {
    java.util.Map<String, SystemdHost> byName = new java.util.LinkedHashMap<>();
    for (Layout l : chain) {
      for (SystemdHost h : l.hosts()) {
        byName.merge(h.name(), h, (a, b) -> {
          Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
          roles.addAll(a.roles());
          roles.addAll(b.roles());
          return new SystemdHost(a.name(), roles, b.node().isPresent() ? b.node() : a.node());
        });
      }
    }
    Layout last = chain.get(chain.size() - 1);
    return new Layout(chain.get(0).kind(), last.spec(), List.copyOf(byName.values()));
  }

  List<String> nodes() {
    return hosts.stream().filter(h -> h.runs(HostRole.REDIS))
        .sorted(java.util.Comparator.comparingInt(h -> h.node().getAsInt())).map(SystemdHost::name).toList();
  }

  List<String> sentinels() {
    return hosts.stream().filter(h -> h.runs(HostRole.SENTINEL)).map(SystemdHost::name).toList();
  }

  List<String> proxies() {
    return hosts.stream().filter(h -> h.runs(HostRole.PROXY)).map(SystemdHost::name).toList();
  }

  boolean tls() {
    return spec.tls().enabled();
  }

  /** The password file a unit reads, for a secret the spec keeps somewhere else. */
  Optional<String> redisPasswordFile() {
    return file(spec.auth().enabled() ? spec.auth().password() : Optional.empty());
  }

  Optional<String> sentinelPasswordFile() {
    return file(spec.auth().sentinelPassword());
  }

  /** Mode acl: every password file of the ACL users, the drill's own included. */
  List<String> userPasswordFiles() {
    return spec.auth().users().stream().flatMap(u -> u.passwords().stream()).map(r -> file(Optional.of(r)))
        .flatMap(Optional::stream).toList();
  }

  private static Optional<String> file(Optional<SecretRef> ref) {
    return ref.filter(SecretRef.File.class::isInstance).map(r -> ((SecretRef.File) r).path());
  }

  private static List<SystemdHost> kubernetesHosts(Spec spec) {
    String name = spec.name();
    String suffix = "." + spec.metadata().namespace() + ".svc." + spec.kubernetes().clusterDomain();
    boolean dedicated = spec.sentinel().placement() == SentinelPlacement.DEDICATED;
    List<SystemdHost> hosts = new ArrayList<>();
    for (int i = 0; i < spec.nodes().count(); i++) {
      boolean sentinel = !dedicated && i < spec.sentinel().count();
      hosts.add(host(name + "-" + i + "." + name + "-headless" + suffix, sentinel, false, OptionalInt.of(i)));
    }
    if (dedicated) {
      for (int i = 0; i < spec.sentinel().count(); i++) {
        hosts.add(host(name + "-sentinel-" + i + "." + name + "-sentinel-headless" + suffix, true, false,
            OptionalInt.empty()));
      }
    }
    for (int i = 0; spec.proxy().enabled() && i < spec.proxy().replicas(); i++) {
      hosts.add(host(name + "-haproxy-" + i, false, true, OptionalInt.empty()));
    }
    return hosts;
  }

  private static List<SystemdHost> composeHosts(Spec spec) {
    String prefix = spec.compose().servicePrefix();
    boolean dedicated = spec.sentinel().placement() == SentinelPlacement.DEDICATED;
    List<SystemdHost> hosts = new ArrayList<>();
    for (int i = 0; i < spec.nodes().count(); i++) {
      boolean sentinel = !dedicated && i < spec.sentinel().count();
      hosts.add(host(prefix + "-redis-" + i, sentinel, false, OptionalInt.of(i)));
    }
    if (dedicated) {
      for (int i = 0; i < spec.sentinel().count(); i++) {
        hosts.add(host(prefix + "-sentinel-" + i, true, false, OptionalInt.empty()));
      }
    }
    int replicas = spec.proxy().enabled() ? spec.proxy().replicas() : 0;
    for (int i = 0; i < replicas; i++) {
      hosts.add(host(replicas == 1 ? prefix + "-haproxy" : prefix + "-haproxy-" + i, false, true,
          OptionalInt.empty()));
    }
    return hosts;
  }

  private static SystemdHost host(String name, boolean sentinel, boolean proxy, OptionalInt node) {
    Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
    node.ifPresent(n -> roles.add(HostRole.REDIS));
    if (sentinel) {
      roles.add(HostRole.SENTINEL);
    }
    if (proxy) {
      roles.add(HostRole.PROXY);
    }
    return new SystemdHost(name, roles, node);
  }

  /**
   * The spec as the systemd target needs it: the synthesized hosts, secrets read from files (the
   * drill writes them), and no backup unit (backups are not drilled and their destinations are
   * Kubernetes or compose objects).
   */
  private static Spec hosted(Spec s, List<SystemdHost> hosts) {
    Auth a = s.auth();
    List<AclUser> users = new ArrayList<>();
    for (AclUser u : a.users()) {
      List<SecretRef> files = new ArrayList<>();
      for (int j = 0; j < u.passwords().size(); j++) {
        files.add(new SecretRef.File(SECRETS + "user-" + u.name() + "-" + j));
      }
      users.add(new AclUser(u.name(), files, u.permissions()));
    }
    Auth auth = new Auth(a.mode(), a.password().map(p -> new SecretRef.File(REDIS_PASSWORD_FILE)),
        a.sentinelPassword().map(p -> new SecretRef.File(SENTINEL_PASSWORD_FILE)), users, a.defaultUser(),
        a.protectedMode());
    Backup b = s.backup();
    Backup noBackup = new Backup(false, b.schedule(), b.retention(), Optional.empty(), Optional.empty());
    SystemdSettings systemd = new SystemdSettings(hosts, "no", Optional.empty(), "/etc/redis-ha");
    return lab(s, auth, noBackup, systemd);
  }

  /**
   * The spec with what the lab adds: its certificates in place of the spec's TLS files (which may lie outside
   * the mounted install root) and, in mode {@code acl}, the drill's own user {@value #PROBE_USER}.
   */
  private static Spec lab(Spec s, Auth a, Backup backup, SystemdSettings systemd) {
    Auth auth = a;
    if (a.acl()) {
      List<AclUser> users = new ArrayList<>(a.users());
      users.add(new AclUser(PROBE_USER, List.of(new SecretRef.File(PROBE_PASSWORD_FILE)), "~* &* +@all"));
      auth = new Auth(a.mode(), a.password(), a.sentinelPassword(), users, a.defaultUser(), a.protectedMode());
    }
    return new Spec(s.metadata(), s.engine(), s.nodes(), s.sentinel(), s.proxy(), s.memory(), s.replication(),
        s.persistence(), s.dataClasses(), auth, labTls(s, systemd.configDir()), s.monitoring(), backup,
        s.placement(), s.networkPolicy(), s.kubernetes(), s.compose(), Optional.of(systemd), s.lint(), s.drill());
  }

  /**
   * The spec's TLS settings with the lab's certificate files ({@link LabCertificates}) under the mounted config
   * directory; a Kubernetes Secret becomes the files it would be mounted as.
   */
  private static io.rhc.model.Tls labTls(Spec s, String configDir) {
    String dir = configDir + "/tls/";
    return s.tls().enabled() ? s.tls().withFiles(dir + "lab.crt", dir + "lab.key", dir + "ca.crt") : s.tls();
  }
}
