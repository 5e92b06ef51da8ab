package io.rhc.target.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Hosts made of network namespaces this test creates: one namespace per host, each with its own
 * loopback and one veth port on a bridge in a hub namespace, addresses from a /24 that exists only
 * inside these namespaces, and a per-namespace hosts file ({@code ip netns exec} bind-mounts
 * {@code /etc/netns/<ns>/hosts}) so host names resolve as on the compose network. Processes run
 * with private mount namespaces, so volumes are bind mounts that no one else sees.
 */
final class NetnsLab implements AutoCloseable {
  private static final String SUBNET = "10.213.77.";
  private static final Path NETNS_ETC = Path.of("/etc/netns");

  private final String tag;
  private final String hub;
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  private final Map<String, String> addresses = new LinkedHashMap<>();
  private final List<Process> processes = new ArrayList<>();
  private final MountPoints mountPoints = new MountPoints();

  NetnsLab() throws IOException, InterruptedException {
    tag = "rhc" + ProcessHandle.current().pid();
    hub = tag + "-hub";
    ip("netns", "add", hub);
    ip("-n", hub, "link", "add", "br0", "type", "bridge");
    ip("-n", hub, "link", "set", "br0", "up");
  }

  /** Adds a host; call {@link #publishHosts} once every host is added. */
  void addHost(String host) throws IOException, InterruptedException {
    int n = namespaces.size();
    String ns = tag + "-" + n;
    String port = "v" + n;
    String address = SUBNET + (n + 2);
    ip("netns", "add", ns);
    namespaces.put(host, ns);
    addresses.put(host, address);
    ip("-n", hub, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", ns);
    ip("-n", hub, "link", "set", port, "master", "br0", "up");
    ip("-n", ns, "addr", "add", address + "/24", "dev", "eth0");
    ip("-n", ns, "link", "set", "eth0", "up");
    ip("-n", ns, "link", "set", "lo", "up");
  }

  /**
   * Writes every namespace's hosts file and resolv.conf, and starts the lab's DNS ({@link LabDns})
   * on the last host added, which every resolv.conf names.
   */
  void publishHosts(String dnsHost, Path log) throws IOException {
    StringBuilder hosts = new StringBuilder("127.0.0.1 localhost\n");
    addresses.forEach((host, address) -> hosts.append(address).append(' ').append(host).append('\n'));
    mountPoints.ensure(NETNS_ETC.toString());
    for (String ns : namespaces.values()) {
      Path dir = NETNS_ETC.resolve(ns);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("hosts"), hosts.toString(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("resolv.conf"), "nameserver " + addresses.get(dnsHost) + "\n",
          StandardCharsets.UTF_8);
    }
    Path hostsFile = NETNS_ETC.resolve(namespaces.get(dnsHost)).resolve("hosts");
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    start(dnsHost, List.of(), List.of(javaBin, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), LabDns.class.getName(), hostsFile.toString()), Map.of(), log);
  }

  /** Makes sure a bind mount target exists on the host; see {@link MountPoints}. */
  void mountPoint(String path) throws IOException {
    mountPoints.ensure(path);
  }

  /**
   * Starts a process on a host with bind mounts ({@code source -> target}, read-only when asked)
   * in a private mount namespace; output goes to {@code log}.
   */
  Process start(String host, List<BindMount> mounts, List<String> command, Map<String, String> env, Path log)
      throws IOException {
    StringBuilder script = new StringBuilder("set -e\n");
    for (BindMount m : mounts) {
      script.append("mount --bind '").append(m.source()).append("' '").append(m.target()).append("'\n");
      if (m.readOnly()) {
        script.append("mount -o remount,bind,ro '").append(m.target()).append("'\n");
      }
    }
    script.append("exec \"$@\"\n");
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", namespaces.get(host),
        "unshare", "--mount", "--propagation", "private", "sh", "-c", script.toString(), host));
    argv.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    pb.environment().put("HOSTNAME", host);
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    processes.add(p);
    return p;
  }

  /** Runs a short command on a host and returns its output (bounded). */
  Programs.Result exec(String host, long timeoutSeconds, String... command) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", namespaces.get(host)));
    argv.addAll(List.of(command));
    return Programs.run(null, argv, timeoutSeconds);
  }

  /** SIGKILL to a process and every descendant, as {@code docker kill} does to a container. */
  static void killTree(Process p) {
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(0, p.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle h : all) {
      h.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> h).join();
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    processes.forEach(NetnsLab::killTree);
    for (String ns : namespaces.values()) {
      Programs.run(null, List.of("ip", "netns", "del", ns), 10);
      deleteTree(NETNS_ETC.resolve(ns));
    }
    Programs.run(null, List.of("ip", "netns", "del", hub), 10);
    mountPoints.close();
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void ip(String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("ip"));
    argv.addAll(List.of(args));
    Programs.Result r = Programs.run(null, argv, 10);
    if (r.exit() != 0) {
      throw new IOException(String.join(" ", argv) + " failed: " + r.output());
    }
  }

  record BindMount(Path source, String target, boolean readOnly) {}
}
