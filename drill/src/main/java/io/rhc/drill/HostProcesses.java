package io.rhc.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs installed host bundles the way systemd would: for each unit its ExecStartPre and ExecStart
 * lines (read from the generated unit file) as the unit's user, with the unit's environment, inside
 * the host's network namespace and a private mount namespace where the host's install root is
 * bind-mounted over the unit paths.
 */
final class HostProcesses implements AutoCloseable {
  static final String MOUNT_AND_EXEC =
      "while [ \"$1\" != -- ]; do mount --bind \"$1\" \"$2\" || exit 1; shift 2; done; shift; exec \"$@\"";

  private final Netns lab;
  private final Path work;
  private final List<String> mountpoints;
  private final List<String> cliOptions;
  private final Consumer<String> warnings;
  private final List<Path> createdMountpoints = new ArrayList<>();
  private final Map<String, Process> running = new HashMap<>();
  private final List<Process> all = new ArrayList<>();

  /** @param cliOptions the options every redis-cli of the drill adds (TLS), empty for a plaintext cluster */
  HostProcesses(Netns lab, Path work, List<String> mountpoints, List<String> cliOptions, Consumer<String> warnings)
      throws IOException {
    this.lab = lab;
    this.work = work;
    this.mountpoints = mountpoints;
    this.cliOptions = List.copyOf(cliOptions);
    this.warnings = warnings;
    for (String m : mountpoints) {
      Path p = Path.of(m);
      if (!Files.exists(p)) {
        Files.createDirectories(p);
        createdMountpoints.add(p);
      }
    }
  }

  /** redis-cli with the drill's connection options, as a shell command word list (the paths hold no blanks). */
  String redisCli() {
    return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("redis-cli"),
        cliOptions.stream()).toList());
  }

  /** The unit paths each host's install root is mounted over. */
  List<String> mountpoints() {
    return mountpoints;
  }

  /** A short command in a host's namespace (no unit mounts); its output, "" on failure. */
  String exec(String host, String... command) {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(host)));
    cmd.addAll(List.of(command));
    try {
      Commands.Result r = Commands.run(Duration.ofSeconds(10), Map.of(), cmd);
      return r.ok() ? r.output() : "";
    } catch (IOException e) {
      return "";
    }
  }

  Path root(String host) {
    return root(work, host);
  }

  static Path root(Path work, String host) {
    return work.resolve("root").resolve(host);
  }

  /** Starts a unit's ExecStartPre and ExecStart as one background process; key: host/unit. */
  synchronized void start(String host, String unit) throws IOException {
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
        throw new IOException("ExecStop of " + unit + " on " + host + " did not finish in " + deadline.toSeconds()
            + " s");
      }
    }
    Process main = remove(host, unit);
    if (main == null) {
      return;
    }
    main.destroy();
    if (!main.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      main.destroyForcibly();
      throw new IOException(unit + " on " + host + " did not exit after SIGTERM");
    }
  }

  /** kill -9 of a unit's main process. */
  void kill(String host, String unit) throws InterruptedException {
    Process main = remove(host, unit);
    if (main != null) {
      main.destroyForcibly();
      main.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** What ExecReload does for HAProxy in master-worker mode. */
  synchronized void reload(String host, String unit) throws IOException {
    Process p = running.get(host + "/" + unit);
    if (p != null) {
      Commands.run("kill", "-USR2", Long.toString(p.pid()));
    }
  }

  synchronized boolean alive(String host, String unit) {
    Process p = running.get(host + "/" + unit);
    return p != null && p.isAlive();
  }

  /** redis-cli inside a host's namespace; the reply without trailing blanks, "" on failure. */
  String cli(String fromHost, String user, String password, String host, int port, String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(fromHost), "redis-cli"));
    cmd.addAll(cliOptions);
    cmd.addAll(List.of("-h", host, "-p", Integer.toString(port)));
    if (!user.isEmpty()) {
      // AUTH default <password> is accepted by a server that has no password yet: no rollout step locks it out
      cmd.addAll(List.of("--user", user));
    }
    cmd.addAll(List.of(args));
    try {
      Commands.Result r = Commands.run(Duration.ofSeconds(5), password.isEmpty() ? Map.of()
          : Map.of("REDISCLI_AUTH", password), cmd);
      return r.ok() ? r.output().strip() : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** A background process in a host's namespace, as root, without the unit mounts; killed by {@link #close()}. */
  synchronized Process spawn(String host, Map<String, String> env, String... command) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(host)));
    cmd.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    Process p = pb.start();
    all.add(p);
    return p;
  }

  String logTail(String host, String unit) {
    try {
      List<String> lines = Files.readAllLines(log(host, unit), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private synchronized Process remove(String host, String unit) {
    return running.remove(host + "/" + unit);
  }

  private synchronized Process launch(String host, UnitFile u, String script, Path log) throws IOException {
    Path root = root(host);
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.namespace(host),
        "unshare", "--mount", "--propagation", "private", "--", "sh", "-c", MOUNT_AND_EXEC, "rhc-drill"));
    for (String m : mountpoints) {
      // hosts without a data node get no data directory from install.sh; the mount needs one
      Files.createDirectories(Path.of(root + m));
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

  Path log(String host, String unit) {
    return work.resolve("logs").resolve(host + "-" + unit + ".log");
  }

  @Override
  public synchronized void close() {
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
        warnings.accept("cannot remove " + p + ": " + e.getMessage());
      }
    }
    createdMountpoints.clear();
  }
}
