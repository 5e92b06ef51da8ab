package io.rhc.emit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each artifact check against a broken and a correct file; findings are {@code code artifact:line}. */
class ArtifactChecksTest {
  private static final String GOOD_SENTINEL = """
      port 26379
      dir /data/sentinel
      sentinel resolve-hostnames yes
      sentinel announce-hostnames yes
      sentinel announce-ip redis-v2-1.redis-v2-headless.redis.svc.cluster.local
      sentinel monitor redis-v2 redis-v2-0.redis-v2-headless.redis.svc.cluster.local 6379 2
      sentinel down-after-milliseconds redis-v2 5000
      """;

  private static final String GOOD_HAPROXY = """
      backend redis_master
        mode tcp
        option tcp-check
        tcp-check send PING\\r\\n
        tcp-check expect string +PONG
        tcp-check send info\\ replication\\r\\n
        tcp-check expect string role:master
        server redis-0 redis-v2-0.redis-v2-headless:6379 check inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
      backend redis_replicas
        server redis-1 redis-v2-1.redis-v2-headless:6379 check
      """;

  private static final String GOOD_COMPOSE = """
      services:
        sentinel-1:
          image: redis:7.4.2-alpine
          volumes:
            - ./sentinel/template:/etc/redis-ha/template:ro
            - sentinel-1:/data/sentinel
      """;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("good-files-pass", List.of(Artifact.file("sentinel.conf", GOOD_SENTINEL),
            Artifact.file("haproxy/haproxy.cfg", GOOD_HAPROXY), Artifact.file("docker-compose.yml", GOOD_COMPOSE),
            Artifact.file("redis/redis.conf", "# memory\nmaxmemory 640mb\nrequirepass \"a # b\"\n")), List.of()),
        Arguments.of("rhc6001-monitor-before-announce-hostnames", List.of(Artifact.file("sentinel.conf",
            "sentinel resolve-hostnames yes\nsentinel monitor m redis-0.h 6379 2\nsentinel announce-hostnames yes\n")),
            List.of("RHC6001 sentinel.conf:2")),
        Arguments.of("rhc6001-init-script-heredoc", List.of(Artifact.script("bin/sentinel-init.sh",
            "cat > \"$CONF\" <<EOF\nsentinel monitor m \"$MASTER\" 6379 2\nEOF\n")),
            List.of("RHC6001 bin/sentinel-init.sh:2", "RHC6001 bin/sentinel-init.sh:2")),
        Arguments.of("rhc6002-write-backend-without-role-master", List.of(Artifact.file("haproxy.cfg",
            GOOD_HAPROXY.replace("tcp-check expect string role:master\n", ""))), List.of("RHC6002 haproxy.cfg:1")),
        Arguments.of("rhc6002-no-write-backend", List.of(Artifact.file("haproxy.cfg",
            "backend redis_replicas\n  server r1 r1:6379 check\n")), List.of("RHC6002 haproxy.cfg")),
        Arguments.of("rhc6003-inline-comment", List.of(Artifact.file("redis.conf",
            "maxmemory 640mb # 83% of 768Mi\n")), List.of("RHC6003 redis.conf:1")),
        Arguments.of("rhc6004-placeholder-monitor-address", List.of(Artifact.file("sentinel.conf",
            GOOD_SENTINEL.replace("redis-v2-0.redis-v2-headless.redis.svc.cluster.local 6379", "127.0.0.1 6379"))),
            List.of("RHC6004 sentinel.conf:6")),
        Arguments.of("rhc6004-empty-announce-ip", List.of(Artifact.file("replica.conf",
            "replicaof redis-0.h 6379\nreplica-announce-ip \"\"\n")), List.of("RHC6004 replica.conf:2")),
        Arguments.of("rhc6004-shell-variable-is-fine", List.of(Artifact.script("init.sh",
            "echo \"replica-announce-ip $POD_FQDN\" >> /data/conf/replica.conf\n")), List.of()),
        Arguments.of("rhc6005-seed-read-only-sentinel-config", List.of(Artifact.file("docker-compose.yml",
            GOOD_COMPOSE.replace("sentinel-1:/data/sentinel", "./sentinel:/data/sentinel:ro"))),
            List.of("RHC6005 docker-compose.yml:6")),
        Arguments.of("rhc6005-single-file-mount", List.of(Artifact.file("docker-compose.yml",
            GOOD_COMPOSE.replace("sentinel-1:/data/sentinel", "./sentinel.conf:/data/sentinel/sentinel.conf"))),
            List.of("RHC6005 docker-compose.yml:6")),
        Arguments.of("rhc6005-long-syntax-read-only", List.of(Artifact.file("compose.yaml", """
            services:
              sentinel-1:
                volumes:
                  - type: bind
                    source: ./sentinel
                    target: /data/sentinel
                    read_only: true
            """)), List.of("RHC6005 compose.yaml:6")),
        Arguments.of("rhc6005-kubernetes-subpath", List.of(Artifact.file("kubernetes/statefulset.yaml", """
            volumeMounts:
              - name: config
                mountPath: /data/sentinel/sentinel.conf
                subPath: sentinel.conf
            """)), List.of("RHC6005 kubernetes/statefulset.yaml:4")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsExactly(String name, List<Artifact> artifacts, List<String> expected) {
    List<String> actual = ArtifactChecks.all().stream()
        .flatMap(c -> c.check(artifacts).stream().map(f -> c.id() + " " + f.artifact() + (f.line() > 0 ? ":" + f.line() : "")))
        .sorted().toList();
    assertEquals(expected.stream().sorted().toList(), actual);
  }

  @Test
  void runReportsErrorsAtTheRootNamingTargetAndFile() {
    Diagnostics diagnostics = new Diagnostics();
    ArtifactChecks.run("compose", List.of(Artifact.file("redis.conf", "maxmemory 1gb # all of it\n")), diagnostics);
    Diagnostic d = diagnostics.all().get(0);
    assertEquals("RHC6003", d.code());
    assertTrue(d.isError());
    assertTrue(d.path().isRoot());
    assertEquals("`redis.conf:1` (compose): Inline comment after a directive", d.summary());
  }

  @Test
  void idsAreStableAndInTheArtifactFamily() {
    assertEquals(List.of("RHC6001", "RHC6002", "RHC6003", "RHC6004", "RHC6005", "RHC6006"),
        ArtifactChecks.all().stream().map(ArtifactCheck::id).toList());
  }
}
