package io.rhc.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rollout scripts pass shellcheck for every target and kind of plan, and the Kubernetes one, run against a fake
 * {@code kubectl} that plays a three-pod cluster and records every call, restarts the replicas one at a time and
 * the master last, waits for each before the next, and on a rerun repeats nothing.
 */
class RolloutScriptTest {
  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("veza-systemd", "systemd", Map.of("spec.engine.version", "7.4.2", "spec.memory.maxmemory", "900mb",
            "spec.sentinel.downAfter", "4s", "spec.proxy.timeouts.client", "60s")),
        Arguments.of("odoo-compose", "compose", Map.of("spec.sentinel.count", 5, "spec.sentinel.quorum", 3,
            "spec.persistence.aof.fsync", "always")),
        Arguments.of("homelab-k8s", "kubernetes", Map.of("spec.nodes.count", 5, "spec.sentinel.count", 5,
            "spec.sentinel.quorum", 3, "spec.memory.limit", "1Gi")),
        Arguments.of("odoo-compose", "compose", Map.of("spec.nodes.count", 2)));
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @MethodSource("plans")
  void scriptsPassShellcheck(String example, String target, Map<String, Object> edits, @TempDir Path dir)
      throws Exception {
    ExampleSpec edited = ExampleSpec.of(example);
    for (Map.Entry<String, Object> e : edits.entrySet()) {
      edited = edited.set(e.getKey(), e.getValue());
    }
    Path script = dir.resolve("rollout.sh");
    Files.writeString(script, script(ExampleSpec.of(example).spec(), edited.spec(), ClusterCommands.of(target)));
    Run run = run(List.of("shellcheck", "-s", "sh", script.toString()), dir, Map.of());
    assertEquals(0, run.exit(), run.output());
  }

  /** A TLS cluster's script reaches each host's servers over TLS with the CA (and certificate) the host holds. */
  @Test
  void systemdScriptSpeaksTlsToTheServers(@TempDir Path dir) throws Exception {
    ExampleSpec tls = ExampleSpec.of("veza-systemd").set("spec.tls", Map.of("enabled", true,
        "certificateFile", "/etc/ssl/rhc/redis.crt", "keyFile", "/etc/ssl/rhc/redis.key", "caFile", "/etc/ssl/rhc/ca.crt"));
    String script = script(tls.spec(), tls.set("spec.memory.maxmemory", "900mb").spec(), ClusterCommands.SYSTEMD);
    assertTrue(script.contains("redis-cli --tls --cacert /etc/ssl/rhc/ca.crt -p 6379"), script);
    assertTrue(script.contains("redis-cli --tls --cacert /etc/ssl/rhc/ca.crt -p 26379"), script);
    assertFalse(script.contains("redis-cli -p"), "no plaintext call: " + script);
    ExampleSpec clientAuth = ExampleSpec.of("veza-systemd").set("spec.proxy.enabled", false).set("spec.tls",
        Map.of("enabled", true, "clientAuth", true, "certificateFile", "/etc/ssl/rhc/redis.crt",
            "keyFile", "/etc/ssl/rhc/redis.key", "caFile", "/etc/ssl/rhc/ca.crt"));
    String withCertificate = script(clientAuth.spec(), clientAuth.set("spec.memory.maxmemory", "900mb").spec(),
        ClusterCommands.SYSTEMD);
    assertTrue(withCertificate.contains("redis-cli --tls --cacert /etc/ssl/rhc/ca.crt --cert /etc/ssl/rhc/redis.crt"
        + " --key /etc/ssl/rhc/redis.key -p 6379"), withCertificate);
    Path file = dir.resolve("rollout.sh");
    Files.writeString(file, script);
    Run run = run(List.of("shellcheck", "-s", "sh", file.toString()), dir, Map.of());
    assertEquals(0, run.exit(), run.output());
  }

  /** An ACL password rotation is live: the script applies the users on every node through rhc-init.sh acl-apply. */
  @Test
  void aclRotationIsOneLiveStepOnEveryNode(@TempDir Path dir) throws Exception {
    ExampleSpec one = ExampleSpec.of("veza-systemd").setYaml("spec.auth.mode", "acl").setYaml("spec.auth.users",
        "[ { name: app, password: { file: /etc/redis-ha/secrets/app-a }, permissions: '~app:* +@read +@write' } ]");
    ExampleSpec two = one.setYaml("spec.auth.users", "[ { name: app, passwords: [ { file: /etc/redis-ha/secrets/app-a"
        + " }, { file: /etc/redis-ha/secrets/app-b } ], permissions: '~app:* +@read +@write' } ]");
    RolloutPlan plan = new RolloutPlanner().plan(one.spec(), two.spec(), ClusterCommands.SYSTEMD);
    assertTrue(plan.changes().stream().allMatch(c -> c.kind() == ChangeKind.LIVE), plan.changes().toString());
    String script = RolloutScript.render(plan, one.spec(), two.spec(), ClusterCommands.SYSTEMD);
    assertTrue(script.contains("node_script \"$i\" acl-apply"), script);
    assertTrue(script.contains("env RHC_NODE_INDEX=$1 REDIS_PASSWORD_FILE=/etc/redis-ha/secrets/redis-password"
        + " SENTINEL_PASSWORD_FILE=/etc/redis-ha/secrets/sentinel-password sh /etc/redis-ha/veza/redis/rhc-init.sh $2"),
        script);
    assertTrue(script.contains("redis-cli -p 6379 --user rhc-admin"), "the default user is off: " + script);
    Path file = dir.resolve("rollout.sh");
    Files.writeString(file, script);
    Run run = run(List.of("shellcheck", "-s", "sh", file.toString()), dir, Map.of());
    assertEquals(0, run.exit(), run.output());
  }

  @Test
  void kubernetesRestartsReplicasFirstTheMasterLastAndResumesWithoutRepeating(@TempDir Path dir) throws Exception {
    Spec before = ExampleSpec.of("homelab-k8s").spec();
    Spec after = ExampleSpec.of("homelab-k8s").set("spec.memory.limit", "1Gi").spec();
    Path script = Files.writeString(dir.resolve("rollout.sh"), script(before, after, ClusterCommands.KUBERNETES));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path kubectl = Files.writeString(bin.resolve("kubectl"), FAKE_KUBECTL);
    Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("master"), "redis-v2-1\n");
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "RHC_OUT", dir.toString(),
        "RHC_ROLLOUT_STATE", dir.resolve("state").toString(), "FAKE", dir.toString());
    Run first = run(List.of("sh", script.toString()), dir, env);
    assertEquals(0, first.exit(), first.output());
    List<String> calls = Files.readAllLines(dir.resolve("calls"));
    List<String> deletes = calls.stream().filter(c -> c.startsWith("delete pod ")).toList();
    assertEquals(List.of("delete pod redis-v2-0", "delete pod redis-v2-2", "delete pod redis-v2-1"), deletes,
        "replicas one at a time, the master last: " + calls);
    assertTrue(calls.indexOf("apply -k " + dir) < calls.indexOf(deletes.get(0)), calls.toString());
    for (int i = 0; i < deletes.size(); i++) {
      String pod = deletes.get(i).substring("delete pod ".length());
      int at = calls.indexOf(deletes.get(i));
      int next = i + 1 < deletes.size() ? calls.indexOf(deletes.get(i + 1)) : calls.size();
      assertTrue(calls.subList(at, next).contains("exec " + pod + " INFO replication"),
          "waited for " + pod + " before going on: " + calls);
    }
    Run again = run(List.of("sh", script.toString()), dir, env);
    assertEquals(0, again.exit(), again.output());
    assertEquals(deletes, Files.readAllLines(dir.resolve("calls")).stream().filter(c -> c.startsWith("delete pod "))
        .toList(), "a rerun of a finished plan restarts nothing");
    assertTrue(again.output().contains("done before: skipped"), again.output());
  }

  @Test
  void kubernetesRefusesToRunUnderRollingUpdate(@TempDir Path dir) throws Exception {
    Spec before = ExampleSpec.of("homelab-k8s").spec();
    Spec after = ExampleSpec.of("homelab-k8s").set("spec.memory.limit", "1Gi").spec();
    Path script = Files.writeString(dir.resolve("rollout.sh"), script(before, after, ClusterCommands.KUBERNETES));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path kubectl = Files.writeString(bin.resolve("kubectl"), FAKE_KUBECTL.replace("echo OnDelete", "echo RollingUpdate"));
    Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("master"), "redis-v2-1\n");
    Run run = run(List.of("sh", script.toString()), dir, Map.of("PATH", bin + ":" + System.getenv("PATH"),
        "RHC_OUT", dir.toString(), "RHC_ROLLOUT_STATE", dir.resolve("state").toString(), "FAKE", dir.toString()));
    assertEquals(1, run.exit(), run.output());
    assertTrue(run.output().contains("updateStrategy RollingUpdate"), run.output());
    assertFalse(Files.exists(dir.resolve("calls")), "nothing was applied or restarted");
  }

  private static String script(Spec before, Spec after, ClusterCommands target) {
    RolloutPlan plan = new RolloutPlanner().plan(before, after, target);
    assertTrue(plan.refused().isEmpty(), plan.refused().toString());
    return RolloutScript.render(plan, before, after, target);
  }

  /** Plays pods redis-v2-0..2 of namespace redis; $FAKE/master names the master; a deleted master hands over. */
  private static final String FAKE_KUBECTL = """
      #!/bin/sh
      set -eu
      [ "$1" = -n ] && shift 2
      case $1 in
        get) echo OnDelete; exit 0 ;;
        apply) echo "apply $2 $3" >> "$FAKE/calls"; exit 0 ;;
        delete)
          echo "delete pod $3" >> "$FAKE/calls"
          if [ "$3" = "$(cat "$FAKE/master")" ]; then
            if [ "$3" = redis-v2-0 ]; then echo redis-v2-2 > "$FAKE/master"; else echo redis-v2-0 > "$FAKE/master"; fi
          fi
          exit 0 ;;
        exec)
          pod=$2
          while [ "$1" != rhc ]; do shift; done
          shift
          echo "exec $pod $*" >> "$FAKE/calls"
          master=$(cat "$FAKE/master")
          case "$*" in
            "SENTINEL get-master-addr-by-name "*) printf '%s.redis-v2-headless.redis.svc.cluster.local\\n6379\\n' "$master" ;;
            "INFO replication")
              if [ "$pod" = "$master" ]; then echo role:master
              else printf 'role:slave\\nmaster_link_status:up\\nmaster_sync_in_progress:0\\n'; fi ;;
            "INFO memory") echo used_memory:1000 ;;
            "SENTINEL MASTER "*) printf 'num-slaves\\n2\\nnum-other-sentinels\\n2\\n' ;;
            *) echo OK ;;
          esac
          exit 0 ;;
      esac
      echo "fake kubectl: $*" >&2
      exit 1
      """;

  private record Run(int exit, String output) {}

  private static Run run(List<String> command, Path dir, Map<String, String> env) throws IOException,
      InterruptedException {
    Path log = Files.createTempFile(dir, "run", ".log");
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command + " did not finish within 120 s");
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
