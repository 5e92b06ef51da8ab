package io.rhc.target.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Runs installed host bundles the way systemd would: for each unit its ExecStartPre and ExecStart
 * lines (read from the generated unit file) as the unit's user, with the unit's environment, inside
 * the host's network namespace and a private mount namespace where the host's install root is
 * bind-mounted over the unit paths.
 */
final class LiveHosts implements AutoCloseable {
  private static final String MOUNT_AND_EXEC =
      "while [ \"$1\" != -- ]; do mount --bind \"$1\" \"$2\" || exit 1; shift 2; done; shift; exec \"$@\"";

  private final NetnsLab lab;
  private final Path work;
  private final List<String> mountpoints;
  private final List<Path> createdMountpoints = new ArrayList<>();
  private final Map<String, Process> running = new HashMap<>();
  private final List<Process> all = new ArrayList<>();

  LiveHosts(NetnsLab lab, Path work, List<String> mountpoints) throws IOException {
    this.lab = lab;
    this.work = work;
    this.mountpoints = mountpoints;
    for (String m : mountpoints) {
      Path p = Path.of(m);
      if (!Files.exists(p)) {
        Files.createDirectories(p);
        createdMountpoints.add(p);
      }
    }
  }

  Path root(String host) {
    return work.resolve("root").resolve(host);
  }

  /** Starts a unit's ExecStartPre and ExecStart as one background process; key: host/unit. */
  void start(String host, String unit) throws IOException {
    UnitFile u = UnitFile.read(root(host).resolve("etc/systemd/system/" + unit));
    StringBuilder script = new StringBuilder();
    for (List<String> pre : u.execStartPre()) {
      script.append(String.join(" ", pre)).append(" && ");
    }
    script.append("exec ").append(String.join(" ", u.execStart()));
    Process p = launch(host, u, script.toString(), log(host, unit));
    running.put(host + "/" + unit, p);
  }

  /** systemd's stop: every ExecStop command to completion, then SIGTERM to the main process. */
  void stop(String host, String unit, Duration deadline) throws IOException, InterruptedException {
    UnitFile u = UnitFile.read(root(host).resolve("etc/systemd/system/" + unit));
    for (List<String> stop : u.execStop()) {
      Process p = launch(host, u, String.join(" ", stop), log(host, unit + ".stop"));
      if (!p.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException("ExecStop of " + unit + " on " + host + " did not finish in " + deadline);
      }
    }
    Process main = running.remove(host + "/" + unit);
    main.destroy();
    if (!main.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IOException(unit + " on " + host + " did not exit after SIGTERM");
    }
  }

  /** kill -9 of a unit's main process. */
  void kill(String host, String unit) throws InterruptedException {
    Process main = running.remove(host + "/" + unit);
    main.destroyForcibly();
    main.waitFor(10, TimeUnit.SECONDS);
  }

  /** What ExecReload does for HAProxy in master-worker mode. */
  void reload(String host, String unit) throws IOException {
    long pid = running.get(host + "/" + unit).pid();
    NetnsLab.run("kill", "-USR2", Long.toString(pid));
  }

  boolean alive(String host, String unit) {
    Process p = running.get(host + "/" + unit);
    return p != null && p.isAlive();
  }

  /** redis-cli inside a host's namespace; the reply without trailing blanks, "" on failure. */
  String cli(String fromHost, String password, String host, int port, String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(fromHost), "redis-cli",
        "-h", host, "-p", Integer.toString(port)));
    cmd.addAll(List.of(args));
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("REDISCLI_AUTH", password);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return out.strip();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** A background process in a host's namespace, as root, without the unit mounts. */
  Process spawn(String host, Map<String, String> env, Path log, String... command) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(host)));
    cmd.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    if (log != null) {
      pb.redirectOutput(log.toFile());
    }
    Process p = pb.start();
    all.add(p);
    return p;
  }

  String logTail(String host, String unit) {
    try {
      List<String> lines = Files.readAllLines(log(host, unit));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  private Process launch(String host, UnitFile u, String script, Path log) throws IOException {
    Path root = root(host);
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(host),
        "unshare", "--mount", "--propagation", "private", "--", "sh", "-c", MOUNT_AND_EXEC, "rhc-live"));
    for (String m : mountpoints) {
      cmd.add(root + m);
      cmd.add(m);
    }
    cmd.add("--");
    if (u.user().isEmpty()) {
      cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    } else {
      cmd.addAll(List.of("setpriv", "--reuid=" + u.user(), "--regid=" + u.user(), "--init-groups", "--"));
    }
    cmd.addAll(List.of("env", "-i", "PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"));
    u.environment().forEach((k, v) -> cmd.add(k + "=" + v));
    if (u.environmentFile().isPresent()) {
      for (String line : Files.readAllLines(root.resolve(u.environmentFile().get().substring(1)))) {
        int eq = line.indexOf('=');
        cmd.add(line.substring(0, eq) + "=" + line.substring(eq + 2, line.length() - 1));
      }
    }
    cmd.addAll(List.of("sh", "-c", script));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    all.add(p);
    return p;
  }

  private Path log(String host, String unit) {
    return work.resolve("logs").resolve(host + "-" + unit + ".log");
  }

  @Override
  public void close() {
    for (Process p : all) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : all) {
      try {
        p.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    all.clear();
    running.clear();
    for (Path p : createdMountpoints) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        System.err.println("cannot remove " + p + ": " + e.getMessage());
      }
    }
    createdMountpoints.clear();
    if (Boolean.getBoolean("rhc.live.keep")) {
      System.out.println("kept the live test's install roots and logs in " + work);
      return;
    }
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("cannot remove " + work + ": " + e.getMessage());
    }
  }
}
