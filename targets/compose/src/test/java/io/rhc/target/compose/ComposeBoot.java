package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a compose project's services as processes on {@link NetnsLab} hosts, exactly as compose.yaml says
 * (entrypoint, command, environment, volumes and secrets), for the boot tests.
 */
final class ComposeBoot {
  /** Every variable compose.yaml interpolates from .env gets this value. */
  static final String PASSWORD = "boot-test-password";
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(:\\?[^}]*)?}");

  private final NetnsLab lab;
  private final Path work;
  private final Path project;
  private final Map<String, Map<String, Object>> services;
  private final Map<String, Object> secrets;

  ComposeBoot(NetnsLab lab, Path work, Path project) throws IOException {
    this.lab = lab;
    this.work = work;
    this.project = project;
    Map<String, Object> doc = load(project.resolve("compose.yaml"));
    this.services = up(doc);
    this.secrets = section(doc, "secrets");
  }

  /** compose.yaml's services that {@code up} starts (no profile), in file order. */
  Map<String, Map<String, Object>> services() {
    return services;
  }

  /** Starts one service; its secrets are the top-level secrets' files, mounted under /run/secrets. */
  @SuppressWarnings("unchecked")
  Process start(String name) throws IOException {
    Map<String, Object> service = services.get(name);
    List<NetnsLab.BindMount> mounts = new ArrayList<>();
    for (Object v : (List<Object>) service.getOrDefault("volumes", List.of())) {
      String[] parts = v.toString().split(":");
      Path source = parts[0].startsWith("./")
          ? project.resolve(parts[0].substring(2))
          : Files.createDirectories(work.resolve("volumes").resolve(parts[0]));
      lab.mountPoint(parts[1]);
      mounts.add(new NetnsLab.BindMount(source, parts[1], parts.length > 2 && parts[2].equals("ro")));
    }
    List<Object> mounted = (List<Object>) service.getOrDefault("secrets", List.of());
    if (!mounted.isEmpty()) {
      Path dir = Files.createDirectories(work.resolve("secrets").resolve(name));
      for (Object secret : mounted) {
        Path file = Path.of(((Map<String, Object>) secrets.get(secret.toString())).get("file").toString());
        Files.copy(file, dir.resolve(secret.toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      lab.mountPoint(ComposeLayout.SECRETS_DIR);
      mounts.add(new NetnsLab.BindMount(dir, ComposeLayout.SECRETS_DIR, true));
    }
    List<String> command = new ArrayList<>();
    ((List<Object>) service.getOrDefault("entrypoint", List.of())).forEach(a -> command.add(a.toString()));
    ((List<Object>) service.getOrDefault("command", List.of())).forEach(a -> command.add(a.toString()));
    Map<String, String> env = new LinkedHashMap<>();
    ((Map<String, Object>) service.getOrDefault("environment", Map.of()))
        .forEach((k, v) -> env.put(k, VARIABLE.matcher(v.toString()).replaceAll(PASSWORD)));
    return lab.start(name, mounts, command, env, work.resolve(name + ".log"));
  }

  /** Polls {@code condition} until it holds, failing after {@code timeout} with the tail of every log. */
  void await(Duration timeout, String what, Supplier<Boolean> condition) throws IOException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    StringBuilder logs = new StringBuilder();
    try (var files = Files.list(work)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        logs.append("--- ").append(log.getFileName()).append('\n')
            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()))).append('\n');
      }
    }
    fail("no " + what + " within " + timeout.toMillis() + " ms\n" + logs);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(Path composeFile) throws IOException {
    try (InputStream in = Files.newInputStream(composeFile)) {
      return (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> doc, String key) {
    return (Map<String, Object>) doc.getOrDefault(key, Map.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> up(Map<String, Object> doc) {
    Map<String, Map<String, Object>> up = new LinkedHashMap<>();
    section(doc, "services").forEach((name, s) -> {
      Map<String, Object> service = (Map<String, Object>) s;
      if (!service.containsKey("profiles")) {
        up.put(name, service);
      }
    });
    return up;
  }

  /** redis-cli from a client host, with the boot password and, when given, TLS verified against {@code ca}. */
  record Cli(NetnsLab lab, String host, List<String> tls) {
    Cli(NetnsLab lab, String host) {
      this(lab, host, List.of());
    }

    static Cli tls(NetnsLab lab, String host, Path ca) {
      return new Cli(lab, host, List.of("--tls", "--cacert", ca.toString()));
    }

    String redis(String server, int port, String... args) {
      List<String> argv = new ArrayList<>(List.of("env", "REDISCLI_AUTH=" + PASSWORD, "redis-cli"));
      argv.addAll(tls);
      argv.addAll(List.of("-h", server, "-p", Integer.toString(port)));
      argv.addAll(List.of(args));
      return run(argv);
    }

    String sentinel(String server, String... args) {
      List<String> argv = new ArrayList<>(List.of("redis-cli"));
      argv.addAll(tls);
      argv.addAll(List.of("-h", server, "-p", "26379"));
      argv.addAll(List.of(args));
      return run(argv);
    }

    /** Plaintext redis-cli, whatever this client's TLS settings. */
    String plain(String server, int port, String... args) {
      List<String> argv = new ArrayList<>(List.of("redis-cli", "-h", server, "-p", Integer.toString(port)));
      argv.addAll(List.of(args));
      return run(argv);
    }

    private String run(List<String> argv) {
      try {
        return lab.exec(host, 5, argv.toArray(String[]::new)).output().replace("\r", "").strip();
      } catch (IOException e) {
        return "";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }
  }
}
