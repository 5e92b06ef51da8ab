package io.rhc.drill;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One booted cluster: every host of the layout in its own network namespace with the bundle the
 * systemd target generated for it installed under a private root, the units run as systemd would,
 * plus a client host the probes write from.
 */
final class Cluster implements AutoCloseable {
  static final String CLIENT = "drill-client";
  static final String REDIS_PASSWORD = "drill-redis-password";
  static final String SENTINEL_PASSWORD = "drill-sentinel-password";

  /** Every layout this cluster will run, in order: hosts, mounts and secrets cover all of them. */
  private final List<Layout> chain;
  private final Layout hosts;
  private Layout layout;
  private Spec spec;
  private final Path work;
  private final Consumer<String> progress;
  private final Netns net;
  private final HostProcesses processes;
  private int nextAddress = 100;

  private Cluster(List<Layout> chain, Path work, Netns net, HostProcesses processes, Consumer<String> progress) {
    this.chain = List.copyOf(chain);
    this.hosts = Layout.union(chain);
    this.layout = chain.get(0);
    this.spec = layout.spec();
    this.work = work;
    this.net = net;
    this.processes = processes;
    this.progress = progress;
  }

  /** Creates the namespaces, installs the bundles and starts every unit; a healthy cluster or an exception. */
  static Cluster boot(Layout layout, List<Artifact> bundles, Path work, String prefix, Consumer<String> progress)
      throws IOException, InterruptedException {
    return boot(List.of(layout), bundles, work, prefix, progress);
  }

  /**
   * Boots the first layout of {@code chain}, with a namespace for every host any of them has (idle until a
   * later layout runs something there) and every password file any of them reads.
   */
  static Cluster boot(List<Layout> chain, List<Artifact> bundles, Path work, String prefix,
      Consumer<String> progress) throws IOException, InterruptedException {
    Files.createDirectories(work.resolve("logs"));
    Netns net = new Netns(prefix, progress);
    java.util.Set<String> mounts = new java.util.LinkedHashSet<>();
    for (Layout l : chain) {
      mounts.addAll(List.of(l.spec().systemd().orElseThrow().configDir(), "/var/lib/redis-ha",
          strip(l.spec().persistence().volume().path())));
    }
    HostProcesses processes = null;
    try {
      List<String> cliOptions = List.of();
      if (chain.stream().anyMatch(Layout::tls)) {
        LabCertificates certificates = LabCertificates.make(work, Layout.union(chain).hosts().stream()
            .map(io.rhc.model.SystemdHost::name).toList());
        cliOptions = certificates.cliOptions(chain.stream().anyMatch(l -> l.spec().tls().clientAuth()));
        for (Layout l : chain) {
          installCertificates(work, l, certificates);
        }
      }
      processes = new HostProcesses(net, work, List.copyOf(mounts), cliOptions, progress);
      Cluster cluster = new Cluster(chain, work, net, processes, progress);
      cluster.start(bundles);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      if (processes != null) {
        processes.close();
      }
      net.close();
      throw e;
    }
  }

  private void start(List<Artifact> bundles) throws IOException, InterruptedException {
    net.start();
    int i = 11;
    for (String host : hostNames()) {
      net.addHost(host, Netns.SUBNET + i++);
    }
    net.addHost(CLIENT, Netns.DNS_ADDRESS);
    processes.spawn(CLIENT, Map.of(), DrillDns.command(net.hostsFile(CLIENT)).toArray(String[]::new));
    Path bundleDir = work.resolve("bundle");
    for (Artifact a : bundles) {
      Path p = bundleDir.resolve(a.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, a.content(), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(a.executable() ? "rwxr-xr-x" : "rw-r--r--"));
    }
    for (String host : hostNames()) {
      Path root = processes.root(host);
      for (Layout l : chain) {
        writeSecret(root, l.redisPasswordFile(), REDIS_PASSWORD);
        writeSecret(root, l.sentinelPasswordFile(), SENTINEL_PASSWORD);
        for (String f : l.userPasswordFiles()) {
          // one password per file, so a rotation's two passwords are two; the drill's own user logs in with its
          writeSecret(root, java.util.Optional.of(f), f.equals(Layout.PROBE_PASSWORD_FILE) ? REDIS_PASSWORD
              : "drill-user-password:" + f);
        }
      }
      if (layout.hosts().stream().noneMatch(h -> h.name().equals(host))) {
        continue;
      }
      Commands.Result install = Commands.run(Duration.ofSeconds(60), Map.of(),
          List.of("sh", bundleDir.resolve(host).resolve("install.sh").toString(), "--root=" + root));
      if (!install.ok()) {
        throw new IOException("install.sh of " + host + " failed: " + install.output().strip());
      }
    }
    progress.accept("booting " + layout.nodes().size() + " data nodes, " + layout.sentinels().size()
        + " sentinels and " + layout.proxies().size() + " proxies (" + layout.kind() + " host names)");
    for (String host : layout.nodes()) {
      processes.start(host, unit("redis"));
    }
    for (String host : layout.nodes()) {
      Await.until(Duration.ofSeconds(60), host + " answering PING", () -> {
        requireAlive(host, "redis");
        return "PONG".equals(nodeCli(host, "PING"));
      });
    }
    String first = layout.nodes().get(0);
    Await.until(Duration.ofSeconds(30), first + " master of every other node", () -> replicasUp(first));
    for (String host : layout.sentinels()) {
      processes.start(host, unit("sentinel"));
    }
    for (String host : layout.proxies()) {
      processes.start(host, unit("haproxy"));
    }
    awaitHealthy(Duration.ofSeconds(60));
  }

  /** The lab certificates at the paths the layout's units read, in every host's install root. */
  private static void installCertificates(Path work, Layout layout, LabCertificates certificates) throws IOException {
    var tls = layout.spec().tls();
    for (io.rhc.model.SystemdHost h : layout.hosts()) {
      Path root = HostProcesses.root(work, h.name());
      copy(certificates.certificate(), root, tls.certificateFile().orElseThrow());
      copy(certificates.key(), root, tls.keyFile().orElseThrow());
      copy(certificates.ca(), root, tls.caFile().orElseThrow());
    }
  }

  private static void copy(Path from, Path root, String file) throws IOException {
    Path p = root.resolve(file.substring(1));
    Files.createDirectories(p.getParent());
    Files.copy(from, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** redis-cli with the options every client of the drill uses (TLS), for shell loops. */
  String redisCli() {
    return processes.redisCli();
  }

  private static void writeSecret(Path root, java.util.Optional<String> file, String value) throws IOException {
    if (file.isPresent()) {
      Path p = root.resolve(file.get().substring(1));
      Files.createDirectories(p.getParent());
      Files.writeString(p, value, StandardCharsets.UTF_8);
    }
  }

  /** Every unit up, the sentinels agreeing on a master whose replicas are all in sync, writes through every proxy. */
  void awaitHealthy(Duration timeout) throws InterruptedException {
    String[] why = {""};
    if (!Await.within(timeout, () -> (why[0] = unhealthy()).isEmpty())) {
      throw new Await.DrillTimeout("the cluster was not healthy within " + timeout.toSeconds() + " s: "
          + why[0]);
    }
  }

  /** Empty when healthy, else the first thing that is not. */
  String unhealthy() {
    String master = agreedMaster(layout.sentinels());
    if (master.isEmpty()) {
      return "the sentinels do not agree on a master";
    }
    if (!replicasUp(master)) {
      return "not every data node replicates from " + master;
    }
    for (String s : layout.sentinels()) {
      Map<String, String> m = pairs(sentinelCli(s, "SENTINEL", "MASTER", spec.sentinel().masterName()));
      String others = Integer.toString(layout.sentinels().size() - 1);
      if (!others.equals(m.get("num-other-sentinels"))) {
        return "sentinel " + s + " knows " + m.get("num-other-sentinels") + " other sentinels, not " + others;
      }
      if (healthyReplicas(s) < layout.nodes().size() - 1) {
        return "sentinel " + s + " sees " + healthyReplicas(s) + " healthy replicas";
      }
    }
    for (String p : layout.proxies()) {
      if (!writesThrough(p)) {
        return "no write through HAProxy on " + p;
      }
    }
    return "";
  }

  /** Whether a write through the HAProxy on {@code proxy} from the client host is acknowledged. */
  boolean writesThrough(String proxy) {
    return "OK".equals(processes.cli(CLIENT, nodeUser(), redisPassword(), proxy, spec.proxy().port(), "SET", "drill:health", "1"));
  }

  /** Whether every other data node replicates from {@code master} with its link up. */
  boolean replicasUp(String master) {
    return replicasFollow(master, Set.of());
  }

  /** Whether every data node but {@code master} and {@code except} replicates from {@code master}, link up. */
  boolean replicasFollow(String master, Set<String> except) {
    if (!"master".equals(info(master).get("role"))) {
      return false;
    }
    for (String n : layout.nodes()) {
      if (!n.equals(master) && !except.contains(n)) {
        Map<String, String> info = info(n);
        if (!"slave".equals(info.get("role")) || !"up".equals(info.get("master_link_status"))
            || !master.equals(net.hostAt(info.getOrDefault("master_host", "")))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Replica entries of sentinel {@code s} that are not one live node each, as "name (why)": entries down or
   * disconnected, entries that never answered, and second entries for a run ID already listed. After an address
   * change with {@code announce-hostnames no} the old address stays behind as such a phantom.
   */
  List<String> phantomReplicas(String s) {
    List<String> phantoms = new ArrayList<>();
    Set<String> runIds = new HashSet<>();
    for (Map<String, String> replica : replicas(s)) {
      String name = replica.getOrDefault("name", "?");
      String flags = replica.getOrDefault("flags", "");
      String runId = replica.getOrDefault("runid", "");
      if (!flags.equals("slave")) {
        phantoms.add(name + " (" + flags + ")");
      } else if (runId.isEmpty()) {
        // Sentinel clears "disconnected" while a connect is pending, so an unreachable old address shows plain
        // "slave" until down-after passes; an entry that never answered INFO has no run ID
        phantoms.add(name + " (never answered)");
      } else if (!runIds.add(runId)) {
        phantoms.add(name + " (a second entry for the node at " + replica.getOrDefault("ip", "?") + ")");
      }
    }
    return phantoms;
  }

  /** {@code SENTINEL REPLICAS}, one field map per replica. */
  private List<Map<String, String>> replicas(String s) {
    List<Map<String, String>> replicas = new ArrayList<>();
    Map<String, String> current = null;
    String[] lines = sentinelCli(s, "SENTINEL", "REPLICAS", spec.sentinel().masterName()).split("\n");
    for (int i = 0; i + 1 < lines.length; i += 2) {
      if (lines[i].equals("name")) {
        current = new LinkedHashMap<>();
        replicas.add(current);
      }
      if (current != null) {
        current.put(lines[i], lines[i + 1]);
      }
    }
    return replicas;
  }

  /** Replicas sentinel {@code s} considers healthy (flags exactly {@code slave}) that have answered INFO. */
  int healthyReplicas(String s) {
    return (int) replicas(s).stream()
        .filter(r -> "slave".equals(r.get("flags")) && !r.getOrDefault("runid", "").isEmpty()).count();
  }

  /** The master named by a majority of the given sentinels (each asked in its own namespace), or "". */
  String agreedMaster(List<String> sentinels) {
    Map<String, Integer> votes = new HashMap<>();
    for (String s : sentinels) {
      // with announce-hostnames off sentinels answer with addresses
      String named = net.hostAt(firstLine(sentinelCli(s, "SENTINEL", "get-master-addr-by-name",
          spec.sentinel().masterName())));
      if (!named.isEmpty()) {
        votes.merge(named, 1, Integer::sum);
      }
    }
    int need = spec.sentinel().count() / 2 + 1;
    return votes.entrySet().stream().filter(e -> e.getValue() >= need).map(Map.Entry::getKey)
        .filter(layout.nodes()::contains).findFirst().orElse("");
  }

  Map<String, String> info(String node) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : nodeCli(node, "INFO", "replication").split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  /** "host: live (configured)" for each answering node whose live replica-priority is not the spec's. */
  List<String> priorityDrift() {
    List<String> drift = new ArrayList<>();
    for (int i = 0; i < layout.nodes().size(); i++) {
      String node = layout.nodes().get(i);
      String[] reply = nodeCli(node, "CONFIG", "GET", "replica-priority").split("\n");
      String configured = String.valueOf(spec.nodes().list().get(i).replicaPriority());
      if (reply.length == 2 && !reply[1].strip().equals(configured)) {
        drift.add(node + ": " + reply[1].strip() + " (configured " + configured + ")");
      }
    }
    return drift;
  }

  /** redis-cli to a data node from its own namespace, so a partition never hides it. */
  String nodeCli(String node, String... args) {
    return processes.cli(node, nodeUser(), redisPassword(), node, spec.nodes().port(), args);
  }

  String sentinelCli(String sentinel, String... args) {
    return processes.cli(sentinel, sentinelPassword().isEmpty() ? "" : "default", sentinelPassword(), sentinel,
        spec.sentinel().port(), args);
  }

  /** The keys with {@code prefix} a data node holds. */
  Set<String> keys(String node, String prefix) {
    Set<String> keys = new TreeSet<>();
    for (String k : nodeCli(node, "--scan", "--pattern", prefix + "*").split("\n")) {
      if (!k.isBlank()) {
        keys.add(k.strip());
      }
    }
    return keys;
  }

  void start(String host, String role) throws IOException {
    processes.start(host, unit(role));
  }

  void stop(String host, String role, Duration deadline) throws IOException, InterruptedException {
    processes.stop(host, unit(role), deadline);
  }

  void kill(String host, String role) throws InterruptedException {
    processes.kill(host, unit(role));
  }

  boolean alive(String host, String role) {
    return processes.alive(host, unit(role));
  }

  /** Moves a host to a fresh address and reloads every HAProxy, as a pod or container restart would. */
  String moveToNewAddress(String host) throws IOException {
    String address = Netns.SUBNET + nextAddress++;
    net.setAddress(host, address);
    for (String p : layout.proxies()) {
      processes.reload(p, unit("haproxy"));
    }
    return address;
  }

  /** Whether {@code nameOrAddress} (as a node reports its master) is {@code host}. */
  boolean isAddressOf(String host, String nameOrAddress) {
    return host.equals(net.hostAt(nameOrAddress));
  }

  void isolate(String host, boolean cut) throws IOException {
    net.isolate(host, cut);
  }

  /** Reconnects every host and starts every unit that is not running. */
  void restartMissing() throws IOException {
    for (String host : hostNames()) {
      net.isolate(host, false);
    }
    for (String host : layout.nodes()) {
      startIfDown(host, "redis");
    }
    for (String host : layout.sentinels()) {
      startIfDown(host, "sentinel");
    }
    for (String host : layout.proxies()) {
      startIfDown(host, "haproxy");
    }
  }

  private void startIfDown(String host, String role) throws IOException {
    if (!alive(host, role)) {
      start(host, role);
    }
  }

  void requireAlive(String host, String role) {
    if (!alive(host, role)) {
      throw new IllegalStateException(unit(role) + " on " + host + " exited:\n"
          + processes.logTail(host, unit(role)));
    }
  }

  /** A probe writing through HAProxy on {@code proxy} from the client host. */
  WriteProbe probeThroughProxy(String proxy, String prefix, double pauseSeconds) throws IOException {
    return new WriteProbe(processes, CLIENT, proxy, spec.proxy().port(), nodeUser(), redisPassword(), prefix,
        pauseSeconds);
  }

  /** A probe writing through the HAProxy on its own host (an application beside it, on its side of a partition). */
  WriteProbe probeThroughLocalProxy(String host, String prefix) throws IOException {
    return new WriteProbe(processes, host, "127.0.0.1", spec.proxy().port(), nodeUser(), redisPassword(), prefix,
        0.05);
  }

  /** A probe writing straight to a data node from its own host (a client on its side of a partition). */
  WriteProbe probeOnNode(String node, String prefix) throws IOException {
    return new WriteProbe(processes, node, node, spec.nodes().port(), nodeUser(), redisPassword(), prefix, 0.05);
  }

  /** A background shell loop in a host's namespace, its output lines timestamped. */
  TimedLines watch(String host, String name, boolean sentinelAuth, String script) throws IOException {
    String password = sentinelAuth ? sentinelPassword() : redisPassword();
    Process p = processes.spawn(host, password.isEmpty() ? Map.of() : Map.of("REDISCLI_AUTH", password),
        "sh", "-c", script);
    return new TimedLines(p, "rhc-drill-" + name);
  }

  Layout layout() {
    return layout;
  }

  /** Every host of every layout of the chain, each with all the roles it ever has. */
  Layout allHosts() {
    return hosts;
  }

  /** From now on the cluster is judged by {@code next}: a rollout has applied it. */
  void switchTo(Layout next) {
    if (!chain.contains(next)) {
      throw new IllegalArgumentException("not a layout of this cluster's chain");
    }
    layout = next;
    spec = next.spec();
  }

  HostProcesses processes() {
    return processes;
  }

  Netns net() {
    return net;
  }

  Spec spec() {
    return spec;
  }

  Path log(String host, String role) {
    return processes.log(host, unit(role));
  }

  /**
   * The password every drill client sends, from the start when any layout of the chain has one: as user
   * {@code default}, which a server without a password accepts, so a client is never locked out mid-rollout.
   */
  String redisPassword() {
    return chain.stream().anyMatch(l -> l.spec().auth().enabled()) ? REDIS_PASSWORD : "";
  }

  /** redis-cli's login option for a node client of a shell loop (its password comes in REDISCLI_AUTH). */
  String nodeLogin() {
    return nodeUser().isEmpty() ? "" : " --user " + nodeUser();
  }

  /** The user the drill's node clients log in as with {@link #redisPassword}: in mode acl its own, else default. */
  String nodeUser() {
    if (chain.stream().anyMatch(l -> l.spec().auth().acl())) {
      return Layout.PROBE_USER;
    }
    return redisPassword().isEmpty() ? "" : "default";
  }

  String sentinelPassword() {
    return chain.stream().anyMatch(l -> l.spec().auth().sentinelPassword().isPresent()) ? SENTINEL_PASSWORD : "";
  }

  private String unit(String role) {
    return "rhc-" + spec.name() + "-" + role + ".service";
  }

  private List<String> hostNames() {
    List<String> names = new ArrayList<>();
    hosts.hosts().forEach(h -> names.add(h.name()));
    return names;
  }

  static Map<String, String> pairs(String flat) {
    Map<String, String> map = new LinkedHashMap<>();
    String[] lines = flat.split("\n");
    for (int i = 0; i + 1 < lines.length; i += 2) {
      map.put(lines[i], lines[i + 1]);
    }
    return map;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }

  private static String strip(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public void close() {
    processes.close();
    net.close();
  }
}
