package io.rhc.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Hosts as network namespaces: a switch namespace holding a bridge, one namespace per host joined
 * to it by a veth pair, an address in 10.250.0.0/24 inside each, and a per-namespace hosts file
 * (which {@code ip netns exec} bind-mounts over /etc/hosts). Nothing is added to the root namespace
 * except the /etc/netns/&lt;ns&gt; files, removed again by {@link #close()}.
 */
final class Netns implements AutoCloseable {
  static final String SUBNET = "10.250.0.";
  /** Where {@link DrillDns} answers, on the client host. */
  static final String DNS_ADDRESS = SUBNET + "250";

  private final String prefix;
  private final String sw;
  private final Consumer<String> warnings;
  private final Map<String, String> namespaces = new LinkedHashMap<>();
  private final Map<String, String> ports = new LinkedHashMap<>();
  private final Map<String, String> addresses = new LinkedHashMap<>();
  private final List<String> created = new ArrayList<>();
  private final boolean netnsDirExisted = Files.isDirectory(Path.of("/etc/netns"));

  Netns(String prefix, Consumer<String> warnings) {
    this.prefix = prefix;
    this.sw = prefix + "sw";
    this.warnings = warnings;
  }

  /** Empty when this machine lets us create a network namespace, else why not. */
  static String cannotCreateNamespaces() {
    try {
      String probe = "rhdprobe" + ProcessHandle.current().pid();
      Commands.Result r = Commands.run("ip", "netns", "add", probe);
      if (!r.ok()) {
        return "`ip netns add` failed: " + r.output().strip();
      }
      Commands.run("ip", "netns", "del", probe);
      return "";
    } catch (IOException e) {
      return "cannot run `ip`: " + e.getMessage();
    }
  }

  void start() throws IOException {
    add(sw);
    Commands.must("ip", "-n", sw, "link", "add", "br0", "type", "bridge");
    Commands.must("ip", "-n", sw, "link", "set", "br0", "up");
  }

  /** Adds a host namespace named after {@code host}, with {@code address}. */
  void addHost(String host, String address) throws IOException {
    int n = namespaces.size() + 1;
    String ns = prefix + "h" + n;
    add(ns);
    namespaces.put(host, ns);
    ports.put(host, "p" + n);
    Commands.must("ip", "-n", sw, "link", "add", "p" + n, "type", "veth", "peer", "name", "eth0", "netns", ns);
    Commands.must("ip", "-n", sw, "link", "set", "p" + n, "master", "br0", "up");
    Commands.must("ip", "-n", ns, "link", "set", "lo", "up");
    Commands.must("ip", "-n", ns, "link", "set", "eth0", "up");
    setAddress(host, address);
  }

  /** The hosts file every namespace sees. */
  Path hostsFile(String host) {
    return Path.of("/etc/netns", namespaces.get(host), "hosts");
  }

  String namespace(String host) {
    return namespaces.get(host);
  }

  String address(String host) {
    return addresses.get(host);
  }

  /** The host currently at {@code address}, or {@code address} itself when none is. */
  String hostAt(String address) {
    return addresses.entrySet().stream().filter(e -> e.getValue().equals(address)).map(Map.Entry::getKey)
        .findFirst().orElse(address);
  }

  /** Moves a host to a new address; hosts files are rewritten in place so running processes see them. */
  void setAddress(String host, String address) throws IOException {
    String ns = namespaces.get(host);
    Commands.must("ip", "-n", ns, "addr", "flush", "dev", "eth0");
    Commands.must("ip", "-n", ns, "addr", "add", address + "/24", "dev", "eth0");
    addresses.put(host, address);
    writeHostsFiles();
  }

  /**
   * Cuts a host off the switch (its bridge port down) or reconnects it. The host keeps its address
   * and its own loopback, so processes on it still reach each other.
   */
  void isolate(String host, boolean cut) throws IOException {
    Commands.must("ip", "-n", sw, "link", "set", ports.get(host), cut ? "down" : "up");
  }

  private void writeHostsFiles() throws IOException {
    StringBuilder hosts = new StringBuilder("127.0.0.1 localhost\n");
    addresses.forEach((h, a) -> hosts.append(a).append(' ').append(h).append('\n'));
    for (String ns : namespaces.values()) {
      Path dir = Path.of("/etc/netns", ns);
      Files.createDirectories(dir);
      // the same inode stays bind-mounted in running processes: truncate and write, never replace
      Files.writeString(dir.resolve("hosts"), hosts, StandardCharsets.UTF_8);
      // the drill's own DNS: no lookup ever leaves the drill network
      Files.writeString(dir.resolve("resolv.conf"), "nameserver " + DNS_ADDRESS + "\n", StandardCharsets.UTF_8);
    }
  }

  private void add(String ns) throws IOException {
    Commands.run("ip", "netns", "del", ns);
    Commands.must("ip", "netns", "add", ns);
    created.add(ns);
  }

  @Override
  public void close() {
    for (String ns : created) {
      try {
        Commands.run("ip", "netns", "del", ns);
        Path dir = Path.of("/etc/netns", ns);
        Files.deleteIfExists(dir.resolve("hosts"));
        Files.deleteIfExists(dir.resolve("resolv.conf"));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        warnings.accept("cleanup of namespace " + ns + " failed: " + e.getMessage());
      }
    }
    created.clear();
    if (!netnsDirExisted) {
      try {
        Files.deleteIfExists(Path.of("/etc/netns"));
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        // namespaces someone else created live there too
      } catch (IOException e) {
        warnings.accept("cannot remove /etc/netns: " + e.getMessage());
      }
    }
  }
}
