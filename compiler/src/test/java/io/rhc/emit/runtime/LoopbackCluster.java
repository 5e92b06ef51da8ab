package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Data nodes and co-located sentinels on loopback: instance {@code i} listens on its own address
 * 127.a.b.(10+i), and its stable name ({@code node-i.<cluster>.test}) resolves through a private hosts
 * file bind-mounted over /etc/hosts in a user+mount namespace per process. Every process started here
 * is stopped by {@link #close()} (and by a shutdown hook if the JVM dies first).
 */
final class LoopbackCluster implements AutoCloseable {
  final Spec spec;
  final Path root;
  final List<String> names = new ArrayList<>();
  final List<String> ips = new ArrayList<>();
  final int nodePort;
  final int sentinelPort;
  /** The password sentinel calls send (the spec's sentinel password), "" without one. */
  String sentinelPassword = "";
  /** Options every redis-cli call of the test adds, e.g. TLS's {@code --tls --cacert CA}. */
  final List<String> cliOptions = new ArrayList<>();
  private final Path hosts;
  private final Map<String, Process> processes = new HashMap<>();
  private final Thread hook = new Thread(this::destroyAll);

  /** A cluster of {@link #runnable} {@code example} on free ports. */
  LoopbackCluster(String example) throws IOException {
    this(runnable(example));
  }

  /** A cluster of {@code runnable} (an example as {@link #runnable} gives it, perhaps varied) on free ports. */
  LoopbackCluster(ExampleSpec runnable) throws IOException {
    this.nodePort = freePort();
    this.sentinelPort = freePort();
    this.spec = runnable.set("spec.nodes.port", nodePort).set("spec.sentinel.port", sentinelPort).spec();
    this.root = Files.createTempDirectory("rhc-runtime-");
    String prefix = "127." + ThreadLocalRandom.current().nextInt(16, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250) + ".";
    StringBuilder hostsFile = new StringBuilder("127.0.0.1 localhost\n");
    for (int i = 0; i < spec.nodes().count(); i++) {
      names.add("node-" + i + "." + spec.name() + ".test");
      ips.add(prefix + (10 + i));
      hostsFile.append(ips.get(i)).append(' ').append(names.get(i)).append('\n');
    }
    this.hosts = root.resolve("hosts");
    Files.writeString(hosts, hostsFile);
    writeConfig(spec);
    for (int i = 0; i < names.size(); i++) {
      Files.createDirectories(Path.of(layout(i).stateDir()));
      Files.createDirectories(Path.of(layout(i).dataDir()));
    }
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Writes the config files {@code next} compiles to (on this cluster's ports) over every node's, as a rollout. */
  void writeConfig(ExampleSpec next) throws IOException {
    writeConfig(next.set("spec.nodes.port", nodePort).set("spec.sentinel.port", sentinelPort).spec());
  }

  private void writeConfig(Spec s) throws IOException {
    Peers peers = new Peers(names, names, List.of());
    for (int i = 0; i < names.size(); i++) {
      for (Artifact a : RuntimeFiles.configFiles(s, peers, layout(i))) {
        Path file = config(i).resolve(a.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, a.content());
      }
    }
  }

  /**
   * An example as this machine runs it: on the installed redis-server's version (a config names only settings
   * its version knows) and with its passwords in the environment variables the tests set.
   */
  static ExampleSpec runnable(String example) {
    ExampleSpec runnable = ExampleSpec.of(example).set("spec.engine.version", Programs.redisVersion());
    Spec spec = runnable.spec();
    if (spec.auth().password().isPresent()) {
      runnable = runnable.setYaml("spec.auth.password", "{ env: REDIS_PASSWORD }");
    }
    if (spec.auth().sentinelPassword().isPresent()) {
      runnable = runnable.setYaml("spec.auth.sentinelPassword", "{ env: SENTINEL_PASSWORD }");
    }
    return runnable;
  }

  RuntimeLayout layout(int i) {
    Path node = root.resolve("node-" + i);
    return new RuntimeLayout(node.resolve("config").toString(), node.resolve("state").toString(),
        node.resolve("data").toString(), TlsFiles.onHost(spec.tls()));
  }

  Path config(int i) {
    return Path.of(layout(i).configDir());
  }

  Path state(int i) {
    return Path.of(layout(i).stateDir());
  }

  /** Result of one script run. */
  record Run(int exit, String stderr) {}

  Run init(String mode, int i, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put(mode.equals("sentinel") ? "RHC_SENTINEL_INDEX" : "RHC_NODE_INDEX", Integer.toString(i));
    all.putIfAbsent("RHC_DISCOVERY_ROUNDS", "1");
    return script(List.of("sh", config(i).resolve("rhc-init.sh").toString(), mode), all, Duration.ofSeconds(60));
  }

  Run prestop(int i, int stopTimeoutSeconds) {
    return script(List.of("sh", config(i).resolve("rhc-prestop.sh").toString()),
        Map.of("RHC_NODE_INDEX", Integer.toString(i), "RHC_STOP_TIMEOUT", Integer.toString(stopTimeoutSeconds)),
        Duration.ofSeconds(stopTimeoutSeconds + 10));
  }

  private Run script(List<String> command, Map<String, String> env, Duration limit) {
    try {
      ProcessBuilder pb = namespaced(command);
      pb.environment().putAll(env);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Path err = Files.createTempFile(root, "script-", ".err");
      pb.redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        fail(command + " did not finish within " + limit);
      }
      return new Run(p.exitValue(), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void startRedis(int i) {
    startRedisWithPassword(i, "");
  }

  void startRedisWithPassword(int i, String password) {
    start("redis-" + i, List.of("redis-server", state(i).resolve("redis.conf").toString(), "--bind", ips.get(i)));
    awaitPing(ips.get(i), nodePort, password);
  }

  void startSentinel(int i) {
    startSentinelWithPassword(i, "");
  }

  void startSentinelWithPassword(int i, String password) {
    start("sentinel-" + i,
        List.of("redis-sentinel", state(i).resolve("sentinel.conf").toString(), "--bind", ips.get(i)));
    awaitPing(ips.get(i), sentinelPort, password);
  }

  /**
   * A standalone redis-server beside the cluster (no persistence), on an address of the cluster's loopback range
   * that no node uses, seeing the cluster's names: the server a cluster adopts. Returns its address.
   */
  String startStandalone(String key, int port) {
    String ip = ips.get(0).substring(0, ips.get(0).lastIndexOf('.') + 1) + "200";
    start(key, List.of("redis-server", "--port", Integer.toString(port), "--bind", ip, "--save", "", "--appendonly",
        "no", "--dir", root.toString(), "--dbfilename", key + ".rdb"));
    awaitPing(ip, port);
    return ip;
  }

  /** A sentinel from a hand-written configuration that monitors {@code master}. */
  void startSentinelMonitoring(int i, String master) throws IOException {
    Path conf = state(i).resolve("sentinel.conf");
    Files.writeString(conf, "port " + sentinelPort + "\ndir " + state(i) + "\nsentinel resolve-hostnames yes\n"
        + "sentinel announce-hostnames yes\nsentinel announce-ip " + names.get(i) + "\nsentinel monitor "
        + spec.sentinel().masterName() + " " + master + " " + nodePort + " " + spec.sentinel().quorum() + "\n");
    startSentinel(i);
  }

  void stop(String key) {
    Process p = processes.remove(key);
    if (p != null) {
      p.destroyForcibly();
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A background process seeing the cluster's names, its output in {@code <key>.log}; stopped by close. */
  void start(String key, List<String> command) {
    startWithEnv(key, command, Map.of());
  }

  /** The same, with variables such as the secrets HAProxy's config expands. */
  void startWithEnv(String key, List<String> command, Map<String, String> env) {
    try {
      ProcessBuilder pb = namespaced(command);
      pb.environment().putAll(env);
      pb.redirectErrorStream(true);
      pb.redirectOutput(root.resolve(key + ".log").toFile());
      processes.put(key, pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code command} run with the cluster's host names resolving to its loopback addresses. */
  ProcessBuilder namespaced(List<String> command) {
    List<String> all = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
        "mount --bind \"$0\" /etc/hosts && exec \"$@\"", hosts.toString()));
    all.addAll(command);
    return new ProcessBuilder(all).directory(root.toFile());
  }

  String log(String key) {
    try {
      return Files.readString(root.resolve(key + ".log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  /** redis-cli against an address (the test's own namespace has no private hosts file). */
  String cli(String ip, int port, String... args) {
    return cliAuth(ip, port, "", args);
  }

  String cliAuth(String ip, int port, String password, String... args) {
    return cliUser(ip, port, "", password, args);
  }

  /** redis-cli logged in as {@code user} (AUTH user password), or with the password alone when user is "". */
  String cliUser(String ip, int port, String user, String password, String... args) {
    List<String> command = new ArrayList<>(List.of("redis-cli", "-h", ip, "-p", Integer.toString(port)));
    if (!user.isEmpty()) {
      command.addAll(List.of("--user", user));
    }
    command.addAll(cliOptions);
    command.addAll(List.of(args));
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      if (!password.isEmpty()) {
        pb.environment().put("REDISCLI_AUTH", password);
      }
      Process p = pb.start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String node(int i, String... args) {
    return cli(ips.get(i), nodePort, args);
  }

  String sentinel(int i, String... args) {
    return cliAuth(ips.get(i), sentinelPort, sentinelPassword, args);
  }

  /** A field of SENTINEL MASTER as sentinel i reports it, "" when missing. */
  String sentinelField(int i, String field) {
    List<String> lines = sentinel(i, "SENTINEL", "MASTER", spec.sentinel().masterName()).lines().toList();
    int at = lines.indexOf(field);
    return at >= 0 && at + 1 < lines.size() ? lines.get(at + 1) : "";
  }

  String field(String info, String name) {
    return info.lines().filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1))
        .findFirst().orElse("");
  }

  String role(int i) {
    return field(node(i, "INFO", "replication"), "role");
  }

  String sentinelMaster(int i) {
    return sentinel(i, "SENTINEL", "get-master-addr-by-name", spec.sentinel().masterName()).lines()
        .findFirst().orElse("");
  }

  void awaitPing(String ip, int port) {
    awaitPing(ip, port, "");
  }

  void awaitPing(String ip, int port, String password) {
    await("PONG from " + ip + ":" + port, Duration.ofSeconds(15),
        () -> cliAuth(ip, port, password, "PING").trim().equals("PONG"));
  }

  /** Node i is a replica of node m with its link up. */
  void awaitReplicaOf(int i, int m) {
    await("node " + i + " replicating from " + names.get(m), Duration.ofSeconds(20), () -> {
      String info = node(i, "INFO", "replication");
      return field(info, "role").equals("slave") && field(info, "master_host").equals(names.get(m))
          && field(info, "master_link_status").equals("up");
    });
  }

  static void await(String what, Duration limit, Supplier<Boolean> condition) {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    fail("timed out after " + limit + " waiting for " + what);
  }

  String replicaConf(int i) throws IOException {
    return Files.readString(state(i).resolve("replica.conf"));
  }

  /** Fresh cluster: init and start every data node, then every sentinel; node 0 is the master. */
  void bootFresh() throws IOException {
    for (int i = 0; i < names.size(); i++) {
      Run run = init("redis", i, Map.of());
      assertEquals(0, run.exit(), run.stderr());
      startRedis(i);
    }
    for (int i = 1; i < names.size(); i++) {
      awaitReplicaOf(i, 0);
    }
    for (int i = 0; i < names.size(); i++) {
      Run run = init("sentinel", i, Map.of());
      assertEquals(0, run.exit(), run.stderr());
      assertTrue(run.stderr().contains("master=" + names.get(0)), run.stderr());
      startSentinel(i);
    }
  }

  private void destroyAll() {
    List.copyOf(processes.keySet()).forEach(this::stop);
  }

  @Override
  public void close() throws IOException {
    destroyAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook itself
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      return s.getLocalPort();
    }
  }
}
