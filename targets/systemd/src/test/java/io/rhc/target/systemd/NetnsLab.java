package io.rhc.target.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test hosts as network namespaces: a switch namespace holding a bridge, one namespace per host
 * joined to it by a veth pair, an address in 10.250.0.0/24 inside each, and a per-namespace hosts
 * file (which {@code ip netns exec} bind-mounts over /etc/hosts). Nothing is added to the root
 * namespace except the /etc/netns/&lt;ns&gt; files, removed again by {@link #close()}.
 */
final class NetnsLab implements AutoCloseable {
  private final String prefix;
  private final String sw;
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  private final Map<String, String> addresses = new LinkedHashMap<>();
  private final List<String> created = new ArrayList<>();
  private final boolean netnsDirExisted = Files.isDirectory(Path.of("/etc/netns"));

  NetnsLab(String prefix) {
    this.prefix = prefix;
    this.sw = prefix + "sw";
  }

  /** Whether this machine lets us create a network namespace (root and a kernel that allows it). */
  static String cannotCreateNamespaces() {
    try {
      String probe = "rhcprobe" + ProcessHandle.current().pid();
      if (run("ip", "netns", "add", probe) != 0) {
        return "`ip netns add` failed (needs root and network namespace support)";
      }
      run("ip", "netns", "del", probe);
      return "";
    } catch (IOException e) {
      return "cannot run `ip`: " + e.getMessage();
    }
  }

  void start() throws IOException {
    add(sw);
    must("ip", "-n", sw, "link", "add", "br0", "type", "bridge");
    must("ip", "-n", sw, "link", "set", "br0", "up");
  }

  /** Adds a host namespace named after {@code host}, with {@code address}. */
  String addHost(String host, String address) throws IOException {
    int n = namespaces.size() + 1;
    String ns = prefix + "h" + n;
    add(ns);
    namespaces.put(host, ns);
    must("ip", "-n", sw, "link", "add", "p" + n, "type", "veth", "peer", "name", "eth0", "netns", ns);
    must("ip", "-n", sw, "link", "set", "p" + n, "master", "br0", "up");
    must("ip", "-n", ns, "link", "set", "lo", "up");
    must("ip", "-n", ns, "link", "set", "eth0", "up");
    setAddress(host, address);
    return ns;
  }

  String namespace(String host) {
    return namespaces.get(host);
  }

  /** Moves a host to a new address; hosts files are rewritten in place so running processes see them. */
  void setAddress(String host, String address) throws IOException {
    String ns = namespaces.get(host);
    must("ip", "-n", ns, "addr", "flush", "dev", "eth0");
    must("ip", "-n", ns, "addr", "add", address + "/24", "dev", "eth0");
    addresses.put(host, address);
    writeHostsFiles();
  }

  private void writeHostsFiles() throws IOException {
    StringBuilder hosts = new StringBuilder("127.0.0.1 localhost\n");
    addresses.forEach((h, a) -> hosts.append(a).append(' ').append(h).append('\n'));
    for (String ns : namespaces.values()) {
      Path dir = Path.of("/etc/netns", ns);
      Files.createDirectories(dir);
      // the same inode stays bind-mounted in running processes: truncate and write, never replace
      Files.writeString(dir.resolve("hosts"), hosts, StandardCharsets.UTF_8);
      // a resolver on the namespace's own loopback: no lookup ever leaves the test network
      Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\n", StandardCharsets.UTF_8);
    }
  }

  private void add(String ns) throws IOException {
    run("ip", "netns", "del", ns);
    must("ip", "netns", "add", ns);
    created.add(ns);
  }

  @Override
  public void close() {
    for (String ns : created) {
      try {
        run("ip", "netns", "del", ns);
        Path dir = Path.of("/etc/netns", ns);
        Files.deleteIfExists(dir.resolve("hosts"));
        Files.deleteIfExists(dir.resolve("resolv.conf"));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        System.err.println("cleanup of namespace " + ns + " failed: " + e.getMessage());
      }
    }
    created.clear();
    if (!netnsDirExisted) {
      try {
        Files.deleteIfExists(Path.of("/etc/netns"));
      } catch (IOException e) {
        System.err.println("cannot remove /etc/netns: " + e.getMessage());
      }
    }
  }

  private static void must(String... command) throws IOException {
    if (run(command) != 0) {
      throw new IOException("failed: " + String.join(" ", command));
    }
  }

  static int run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", command));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return p.exitValue();
  }
}
