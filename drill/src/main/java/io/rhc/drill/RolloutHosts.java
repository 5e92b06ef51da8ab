package io.rhc.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The hosts as a generated systemd rollout script reaches them: {@code ssh HOST COMMAND} runs COMMAND in the
 * host's network namespace with its install root mounted over the unit paths, {@code rsync -a DIR/ HOST:DEST/}
 * copies into that root, {@code sh /tmp/…/install.sh} installs below it ({@code --root}), and {@code systemctl}
 * on a host hands the unit to this class, which runs it as the drill runs every unit. Nothing the script does
 * reaches this machine's own /etc or systemd.
 */
final class RolloutHosts implements AutoCloseable {
  private static final Duration UNIT_DEADLINE = Duration.ofSeconds(90);

  private final Cluster cluster;
  private final Path shims;
  private final Path spool;
  private final Consumer<String> progress;
  private final Thread server;
  private final List<Call> calls = new ArrayList<>();
  private volatile boolean closed;

  /** A {@code systemctl} the script ran on a host, when the drill received it. */
  record Call(long nanos, String host, String verb, String unit) {}

  RolloutHosts(Cluster cluster, Path work, List<String> mountpoints, Consumer<String> progress) throws IOException {
    this.cluster = cluster;
    this.progress = progress;
    this.shims = Files.createDirectories(work.resolve("shims"));
    this.spool = Files.createDirectories(work.resolve("spool"));
    Path hosts = Files.createDirectories(work.resolve("ssh-hosts"));
    Path hostBin = Files.createDirectories(work.resolve("host-bin"));
    executable(shims.resolve("ssh"), SSH.replace("@HOSTS@", hosts.toString()));
    executable(shims.resolve("rsync"), RSYNC.replace("@HOSTS@", hosts.toString()));
    executable(hostBin.resolve("systemctl"), SYSTEMCTL.replace("@SPOOL@", spool.toString()));
    for (var h : cluster.allHosts().hosts()) {
      String host = h.name();
      Path root = cluster.processes().root(host);
      Files.createDirectories(root);
      Path dir = Files.createDirectories(hosts.resolve(host));
      Files.writeString(dir.resolve("root"), root + "\n", StandardCharsets.UTF_8);
      StringBuilder mounts = new StringBuilder();
      for (String m : mountpoints) {
        Files.createDirectories(Path.of(root + m));
        mounts.append(' ').append(root).append(m).append(' ').append(m);
      }
      executable(dir.resolve("run"), run(root.toString(), cluster.net().namespace(host), mounts.toString(),
          hostBin.toString(), host));
    }
    server = new Thread(this::serve, "rhc-drill-systemctl");
    server.setDaemon(true);
    server.start();
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Goes before the real programs on the script's PATH. */
  Path shims() {
    return shims;
  }

  private void serve() {
    while (!closed) {
      try (DirectoryStream<Path> requests = Files.newDirectoryStream(spool, "*.req")) {
        for (Path request : requests) {
          answer(request);
        }
        Thread.sleep(50);
      } catch (IOException e) {
        progress.accept("systemctl stand-in: " + e.getMessage());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void answer(Path request) throws IOException, InterruptedException {
    List<String> words = Files.readAllLines(request, StandardCharsets.UTF_8);
    String id = request.getFileName().toString().replace(".req", "");
    Files.delete(request);
    int exit;
    String output;
    try {
      output = systemctl(words.get(0), words.subList(1, words.size()));
      exit = 0;
    } catch (IOException | RuntimeException e) {
      output = "systemctl: " + e.getMessage() + "\n";
      exit = 1;
    }
    Files.writeString(spool.resolve(id + ".out"), output, StandardCharsets.UTF_8);
    Path done = spool.resolve(id + ".tmp");
    Files.writeString(done, exit + "\n", StandardCharsets.UTF_8);
    Files.move(done, spool.resolve(id + ".done"), StandardCopyOption.ATOMIC_MOVE);
  }

  /** What systemd would do on {@code host}; the words after {@code systemctl}. */
  private String systemctl(String host, List<String> args) throws IOException, InterruptedException {
    List<String> words = new ArrayList<>(args);
    boolean now = words.remove("--now");
    if (words.size() == 1 && words.get(0).equals("daemon-reload")) {
      return "";
    }
    if (words.size() != 2) {
      throw new IllegalArgumentException("the drill runs `systemctl VERB [--now] UNIT`, not " + String.join(" ", args));
    }
    String verb = words.get(0);
    String unit = words.get(1);
    HostProcesses p = cluster.processes();
    progress.accept("  " + host + ": systemctl " + String.join(" ", args));
    synchronized (calls) {
      calls.add(new Call(System.nanoTime(), host, verb, unit));
    }
    switch (verb) {
      case "restart" -> {
        if (p.alive(host, unit)) {
          p.stop(host, unit, UNIT_DEADLINE);
        }
        p.start(host, unit);
      }
      case "start" -> startIfDown(host, unit);
      case "stop" -> stopIfUp(host, unit);
      case "enable" -> {
        if (now) {
          startIfDown(host, unit);
        }
      }
      case "disable" -> {
        if (now) {
          stopIfUp(host, unit);
        }
      }
      case "reload" -> {
        if (!p.alive(host, unit)) {
          throw new IllegalStateException(unit + " is not active on " + host);
        }
        p.reload(host, unit);
      }
      default -> throw new IllegalArgumentException("the drill has no `systemctl " + verb + "`");
    }
    return "";
  }

  private void startIfDown(String host, String unit) throws IOException {
    if (!cluster.processes().alive(host, unit)) {
      cluster.processes().start(host, unit);
    }
  }

  private void stopIfUp(String host, String unit) throws IOException, InterruptedException {
    if (cluster.processes().alive(host, unit)) {
      cluster.processes().stop(host, unit, UNIT_DEADLINE);
    }
  }

  /** The environment a rollout script runs with: the shims first on PATH, its files and state file. */
  Map<String, String> environment(Path out, Path state) {
    return Map.of("PATH", shims + ":/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "RHC_OUT", out.toString(),
        "RHC_ROLLOUT_STATE", state.toString());
  }

  /** The stand-ins' texts by name, with example paths: for shellcheck. */
  static Map<String, String> scripts() {
    return Map.of("ssh", SSH.replace("@HOSTS@", "/tmp/w/ssh-hosts"),
        "rsync", RSYNC.replace("@HOSTS@", "/tmp/w/ssh-hosts"),
        "systemctl", SYSTEMCTL.replace("@SPOOL@", "/tmp/w/spool"),
        "run", run("/tmp/w/root/h", "rhr1-h", " /tmp/w/root/h/etc/redis-ha /etc/redis-ha", "/tmp/w/host-bin", "h"));
  }

  /** One host's command runner: {@code mounts} is " ROOT/M M" per mount point. */
  private static String run(String root, String namespace, String mounts, String hostBin, String host) {
    return RUN.replace("@ROOT@", root).replace("@NS@", namespace)
        .replace("@MOUNT_AND_EXEC@", HostProcesses.MOUNT_AND_EXEC).replace("@MOUNTS@", mounts)
        .replace("@HOSTBIN@", hostBin).replace("@HOST@", host);
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Override
  public void close() {
    closed = true;
    server.interrupt();
  }

  private static final String SSH = """
      #!/bin/sh
      # rhc drill's ssh: `ssh HOST COMMAND...` runs the command line on HOST, as ssh would
      host=$1
      shift
      [ -x "@HOSTS@/$host/run" ] || { echo "ssh: Could not resolve hostname $host" >&2; exit 255; }
      exec "@HOSTS@/$host/run" "$*"
      """;

  private static final String RSYNC = """
      #!/bin/sh
      # rhc drill's rsync: `rsync -a DIR/ HOST:DEST/` copies DIR's contents into HOST's install root
      if [ "$#" != 3 ] || [ "$1" != -a ]; then
        echo "rsync (rhc drill): only rsync -a DIR/ HOST:DEST/" >&2
        exit 1
      fi
      host=${3%%:*}
      dest=${3#*:}
      root=$(cat "@HOSTS@/$host/root") || exit 1
      mkdir -p "$root$dest" && cp -a "${2%/}/." "$root$dest"
      """;

  private static final String RUN = """
      #!/bin/sh
      # one command line on this host: install.sh below its install root, anything else in its namespaces
      case $1 in
        "sh /tmp/"*/install.sh) exec sh "@ROOT@${1#sh }" --root=@ROOT@ ;;
      esac
      # shellcheck disable=SC2016 # the mount loop runs in the inner shell
      exec ip netns exec @NS@ unshare --mount --propagation private -- sh -c '@MOUNT_AND_EXEC@' rhc-drill@MOUNTS@ \\
        -- env PATH=@HOSTBIN@:/usr/bin:/bin:/usr/sbin:/sbin RHC_DRILL_HOST=@HOST@ sh -c "$1"
      """;

  private static final String SYSTEMCTL = """
      #!/bin/sh
      # rhc drill's systemctl on a host: the drill runs the unit as it runs every unit and answers here
      request="@SPOOL@/$RHC_DRILL_HOST.$$.$(date +%s%N)"
      printf '%s\\n' "$RHC_DRILL_HOST" "$@" > "$request.new" && mv "$request.new" "$request.req"
      deadline=$(( $(date +%s) + 300 ))
      until [ -f "$request.done" ]; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "systemctl: rhc drill did not answer" >&2; exit 1; }
        sleep 0.1
      done
      cat "$request.out"
      rc=$(cat "$request.done")
      rm -f "$request.out" "$request.done"
      exit "$rc"
      """;
}
