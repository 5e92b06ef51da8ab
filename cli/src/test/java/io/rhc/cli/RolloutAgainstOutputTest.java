package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rollout plan agrees with what {@code compile} writes for NEW: each live command sets the value the
 * regenerated files carry (so a restart after the plan changes nothing), and every pod, service, container,
 * host and unit its commands name exists in the compiled output of its target.
 */
class RolloutAgainstOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** Sentinel options as the init scripts read them from cluster.env. */
  private static final Map<String, String> SENTINEL_ENV = Map.of("down-after-milliseconds", "RHC_DOWN_AFTER_MS",
      "failover-timeout", "RHC_FAILOVER_TIMEOUT_MS", "parallel-syncs", "RHC_PARALLEL_SYNCS",
      "quorum", "RHC_SENTINEL_QUORUM");

  @Test
  void liveCommandsSetWhatTheNewFilesSay(@TempDir Path dir) throws IOException {
    String old = Files.readString(Path.of("../examples/veza-systemd/spec.yaml"), StandardCharsets.UTF_8);
    String changed = old.replace("maxmemory: 1gb", "maxmemory: 900mb").replace("policy: allkeys-lru",
        "policy: allkeys-lfu").replace("downAfter: 5s", "downAfter: 4s").replace("failoverTimeout: 30s",
        "failoverTimeout: 20s").replace("quorum: 2", "quorum: 3").replace("    aof:\n      enabled: false",
        "    aof:\n      enabled: true\n      fsync: always").replace("  persistence:\n", "  replication:\n"
        + "    backlogSize: 96mb\n    minReplicasToWrite: 1\n  persistence:\n");
    Path next = Files.writeString(dir.resolve("next.yaml"), changed);
    CliRun rollout = CliRun.of("rollout", "--format=json", "../examples/veza-systemd/spec.yaml", next.toString());
    assertEquals(ExitCodes.OK, rollout.code(), rollout.err());
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, CliRun.of("compile", next.toString(), "-t", "systemd", "-o", out.toString()).code());
    Path config = out.resolve("redis-1.lxd/etc/redis-ha/veza/redis");
    List<String> conf = Files.readAllLines(config.resolve("redis.conf"));
    String env = Files.readString(config.resolve("cluster.env"));
    int checked = 0;
    for (JsonNode change : MAPPER.readTree(rollout.out()).get("changes")) {
      if (!change.has("live")) {
        continue;
      }
      String command = change.at("/live/command").asString();
      if (command.startsWith("CONFIG SET ")) {
        String line = command.substring("CONFIG SET ".length()).replace("\"", "");
        assertTrue(conf.contains(line), command + " is not in redis.conf: " + conf);
      } else {
        Matcher m = Pattern.compile("SENTINEL SET veza-master (\\S+) (\\S+)").matcher(command);
        assertTrue(m.matches(), command);
        assertTrue(env.contains(SENTINEL_ENV.get(m.group(1)) + "='" + m.group(2) + "'"), command + " vs " + env);
      }
      checked++;
    }
    assertTrue(checked >= 9, "every changed family was checked: " + checked);
  }

  @Test
  void systemdCommandsNameHostsAndUnitsThatExist(@TempDir Path dir) throws IOException {
    Path out = compile("veza-systemd", "systemd", dir);
    for (String command : commands("veza-systemd", "systemd")) {
      Matcher unit = Pattern.compile("ssh (\\S+) systemctl \\S+ (?:--now )?(\\S+\\.service)").matcher(command);
      if (unit.find()) {
        assertTrue(Files.isRegularFile(out.resolve(unit.group(1)).resolve("etc/systemd/system").resolve(unit.group(2))),
            command);
      } else if (command.startsWith("ssh ")) {
        assertTrue(Files.isDirectory(out.resolve(command.split(" ")[1])), command);
      }
    }
  }

  @Test
  void composeCommandsNameServicesThatExist(@TempDir Path dir) throws IOException {
    String compose = Files.readString(compile("odoo-compose", "compose", dir).resolve("compose.yaml"));
    for (String command : commands("odoo-compose", "compose")) {
      Matcher service = Pattern.compile("docker-compose (?:exec|up -d --no-deps --force-recreate|kill -s USR2) (\\S+)")
          .matcher(command);
      if (service.find()) {
        assertTrue(compose.contains("\n  " + service.group(1) + ":\n"), command);
      }
    }
  }

  @Test
  void kubernetesCommandsNamePodsAndContainersThatExist(@TempDir Path dir) throws IOException {
    Path out = compile("homelab-k8s", "kubernetes", dir);
    String statefulSet = Files.readString(out.resolve("statefulset.yaml"));
    String kustomization = Files.readString(out.resolve("kustomization.yaml"));
    List<String> commands = commands("homelab-k8s", "kubernetes");
    assertFalse(commands.isEmpty());
    for (String command : commands) {
      Matcher pod = Pattern.compile("kubectl -n (\\S+) (?:exec|delete pod) (\\S+)-(\\d+)").matcher(command);
      if (pod.find()) {
        assertTrue(kustomization.contains("namespace: " + pod.group(1) + "\n"), command);
        assertTrue(statefulSet.contains("\n  name: " + pod.group(2) + "\n"), command);
      }
      Matcher container = Pattern.compile(" -c (\\S+) --").matcher(command);
      if (container.find()) {
        assertTrue(statefulSet.contains("        - name: " + container.group(1) + "\n"), command);
      }
    }
  }

  private static Path compile(String example, String target, Path dir) {
    Path out = dir.resolve(target);
    assertEquals(ExitCodes.OK, CliRun.of("compile", "../examples/" + example + "/spec.yaml", "-t", target, "-o",
        out.toString()).code());
    return out;
  }

  /** Every command of a plan that restarts and reconfigures everything: an image and a sentinel timing change. */
  private static List<String> commands(String example, String target) throws IOException {
    Path spec = Path.of("../examples/" + example + "/spec.yaml");
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    String changed = text.contains("downAfter:") ? text.replaceFirst("downAfter: \\S+", "downAfter: 7s")
        : text.replace("  sentinel:\n", "  sentinel:\n    downAfter: 7s\n");
    changed = changed.replaceFirst("(?m)^  memory:\n    limit: (\\S+)", "  memory:\n    limit: 3Gi");
    Path next = Files.createTempFile("rhc-next", ".yaml");
    try {
      Files.writeString(next, changed);
      CliRun run = CliRun.of("rollout", "--format=json", "--target", target, spec.toString(), next.toString());
      assertEquals(ExitCodes.OK, run.code(), run.err() + run.out());
      List<String> all = new ArrayList<>();
      MAPPER.readTree(run.out()).get("steps").forEach(s -> {
        if (s.has("commands")) {
          s.get("commands").forEach(c -> all.add(c.asString()));
        }
      });
      assertTrue(all.stream().anyMatch(c -> c.contains("SENTINEL SET")), all.toString());
      return all;
    } finally {
      Files.delete(next);
    }
  }
}
