package io.rhc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kubernetes manifests audited through the facade: positions stay in the manifest, kinds not read are notes. */
class ManifestAuditTest {
  @TempDir Path dir;

  static final String CONFIG_MAP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: cfg
      data:
        redis.conf: |
          port 6379
          protected-mode no
          maxmemory 256mb # cap
        sentinel.conf: |
          sentinel resolve-hostnames yes
          sentinel announce-hostnames yes
          sentinel monitor app-cache redis-0.redis-headless 6379 2
      """;

  static String statefulSet(String sentinelMountPath, String sentinelConfig) {
    return """
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: redis
        spec:
          replicas: 3
          template:
            metadata:
              labels: {app: redis}
            spec:
              initContainers:
                - name: copy
                  image: redis:7.2.4
                  command: ["sh", "-c", "cp /cfg/sentinel.conf /state/sentinel.conf"]
              containers:
                - name: redis
                  image: redis:7.2.4
                  command: ["redis-server", "/cfg/redis.conf"]
                  resources:
                    limits: {memory: 512Mi}
                  volumeMounts:
                    - {name: cfg, mountPath: /cfg}
                - name: sentinel
                  image: redis:7.2.4
                  command: [redis-sentinel, SENTINEL_CONFIG]
                  volumeMounts:
                    - {name: cfg, mountPath: /cfg}
                    - {name: state, mountPath: SENTINEL_MOUNT}
              volumes:
                - {name: cfg, configMap: {name: cfg}}
                - {name: state, emptyDir: {}}
        """.replace("SENTINEL_CONFIG", sentinelConfig).replace("SENTINEL_MOUNT", sentinelMountPath);
  }

  static final String SERVICE_OVER_ALL_PODS = """
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: redis
      spec:
        selector: {app: redis}
        ports: [{name: redis, port: 6379}]
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: unrelated
      """;

  private AuditResult audit(String text) throws Exception {
    Path file = Files.writeString(dir.resolve("redis.yaml"), text);
    return new Auditor().audit(List.of(file), List.of("redis.yaml"));
  }

  private static List<String> found(AuditResult result) {
    return result.diagnostics().stream().map(d -> d.code() + " " + d.file() + ":" + d.span()).toList();
  }

  @Test
  void aConfigMapConfigIsTokenizedAtItsManifestPositions() throws Exception {
    String text = CONFIG_MAP + statefulSet("/state", "/state/sentinel.conf") + SERVICE_OVER_ALL_PODS;
    AuditResult result = audit(text);
    Diagnostic comment = result.diagnostics().stream().filter(d -> d.code().equals(AuditCodes.INLINE_COMMENT))
        .findFirst().orElseThrow();
    String line = text.split("\n")[comment.span().line() - 1];
    assertEquals("# cap", line.substring(comment.span().column() - 1), "points at the comment in the manifest");
  }

  @Test
  void aServiceOverEveryDataPodWithoutAProxyIsRhc4001AtItsSelector() throws Exception {
    String text = CONFIG_MAP.replace(" # cap", "") + statefulSet("/state", "/state/sentinel.conf")
        + SERVICE_OVER_ALL_PODS;
    AuditResult result = audit(text);
    Diagnostic noProxy = result.diagnostics().stream().filter(d -> d.code().equals("RHC4001")).findFirst().orElseThrow();
    assertEquals("  selector: {app: redis}", text.split("\n")[noProxy.span().line() - 1]);
    assertTrue(result.notes().stream().anyMatch(n -> n.text().equals("kind Secret is not audited")), result.notes()
        .toString());
    assertTrue(result.notEvaluated().stream().noneMatch(n -> n.rule().equals("RHC4001")));
  }

  @Test
  void aSentinelStartedFromTheConfigMapMountIsRhc3006AtTheMount() throws Exception {
    String text = CONFIG_MAP.replace(" # cap", "") + statefulSet("/state", "/cfg/sentinel.conf");
    AuditResult result = audit(text);
    Diagnostic readOnly = result.diagnostics().stream().filter(d -> d.code().equals("RHC3006")).findFirst()
        .orElseThrow();
    assertTrue(readOnly.isError());
    assertEquals("            - {name: cfg, mountPath: /cfg}", text.split("\n")[readOnly.span().line() - 1]);
    assertEquals(List.of(), found(audit(CONFIG_MAP.replace(" # cap", "") + statefulSet("/state",
        "/state/sentinel.conf"))).stream().filter(f -> f.startsWith("RHC3006")).toList(), "the copy is writable");
  }

  @Test
  void maxmemoryZeroUnderAContainerLimitIsRhc2001AtTheDirective() throws Exception {
    String text = CONFIG_MAP.replace("maxmemory 256mb # cap", "maxmemory 0") + statefulSet("/state",
        "/state/sentinel.conf");
    Diagnostic unlimited = audit(text).diagnostics().stream().filter(d -> d.code().equals("RHC2001")).findFirst()
        .orElseThrow();
    assertEquals("    maxmemory 0", text.split("\n")[unlimited.span().line() - 1]);
    assertTrue(unlimited.summary().contains("512Mi"), unlimited.summary());
    assertTrue(audit(CONFIG_MAP.replace(" # cap", "") + statefulSet("/state", "/state/sentinel.conf")).diagnostics()
        .stream().noneMatch(d -> d.code().equals("RHC2001")), "256mb of 512Mi has headroom");
  }

  @Test
  void stdinIsAuditedUnderItsOwnName() {
    String text = CONFIG_MAP + statefulSet("/state", "/state/sentinel.conf");
    AuditResult result = new Auditor().audit(List.of(Path.of("-")), List.of("-"), Optional.of(text));
    assertTrue(found(result).contains("RHC0502 <stdin>:9:21"), found(result).toString());
  }

  @Test
  void aYamlSyntaxErrorIsPositionedAndTheDocumentsBeforeItAreKept() throws Exception {
    String text = CONFIG_MAP + statefulSet("/state", "/state/sentinel.conf") + "---\nkind: [unclosed\n";
    AuditResult result = audit(text);
    List<String> found = found(result);
    assertTrue(found.stream().anyMatch(f -> f.startsWith("RHC0509 redis.yaml:")), found.toString());
    assertTrue(found.contains("RHC0502 redis.yaml:9:21"), "the ConfigMap before the error is read: " + found);
  }

  @Test
  void manifestsWithoutRedisAreNothingToAudit() throws Exception {
    assertEquals(List.of("RHC0504 redis.yaml:1:1"), found(audit(SERVICE_OVER_ALL_PODS)));
  }
}
