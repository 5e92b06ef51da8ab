package io.rhc.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What the machine needs for a drill: root, network namespaces, and the real programs. */
final class Preflight {
  /** Program to the Debian package that ships it. */
  private static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

  static {
    PROGRAMS.put("ip", "iproute2");
    PROGRAMS.put("unshare", "util-linux");
    PROGRAMS.put("setpriv", "util-linux");
    PROGRAMS.put("timeout", "coreutils");
    PROGRAMS.put("redis-server", "redis-server");
    PROGRAMS.put("redis-sentinel", "redis-sentinel");
    PROGRAMS.put("redis-cli", "redis-tools");
    PROGRAMS.put("haproxy", "haproxy");
    PROGRAMS.put("curl", "curl");
  }

  private Preflight() {}

  /** Empty when a drill can run here, else what is missing and how to get it. */
  static List<String> problems() {
    return problems(false);
  }

  /** The same, for a cluster whose lab certificates openssl makes when {@code tls}. */
  static List<String> problems(boolean tls) {
    List<String> problems = new ArrayList<>();
    if (!isRoot()) {
      problems.add("rhc drill needs root: it creates network namespaces and runs the units as their users "
          + "(run it with sudo)");
      return problems;
    }
    List<String> missing = new ArrayList<>();
    TreeSet<String> packages = new TreeSet<>();
    Map<String, String> programs = new LinkedHashMap<>(PROGRAMS);
    if (tls) {
      programs.put("openssl", "openssl");
    }
    programs.forEach((program, pkg) -> {
      if (!onPath(program)) {
        missing.add(program);
        packages.add(pkg);
      }
    });
    if (!missing.isEmpty()) {
      problems.add("rhc drill needs " + String.join(", ", missing) + "; on Debian or Ubuntu: apt-get install "
          + String.join(" ", packages));
      return problems;
    }
    String why = Netns.cannotCreateNamespaces();
    if (!why.isEmpty()) {
      problems.add("this machine cannot create network namespaces: " + why);
    }
    return problems;
  }

  private static boolean isRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return line.split("\\s+")[2].equals("0");
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
    List<String> dirs = new ArrayList<>(List.of(path.split(":")));
    dirs.addAll(List.of("/usr/sbin", "/sbin"));
    return dirs.stream().anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
  }
}
