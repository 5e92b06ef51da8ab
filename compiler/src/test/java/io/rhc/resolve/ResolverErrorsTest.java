package io.rhc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.parse.ParsedDocument;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResolverErrorsTest {
  private static final String HOSTS_OK = """
      systemd:
        hosts:
          - {name: a, roles: [redis, sentinel, proxy], node: 0}
          - {name: b, roles: [redis, sentinel, proxy], node: 1}
          - {name: c, roles: [redis, sentinel], node: 2}
      """;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("colocated-count-not-node-count", "sentinel: {count: 5}", "RHC0201", "spec.sentinel.count"),
        Arguments.of("quorum-above-count", "sentinel: {quorum: 4}", "RHC0202", "spec.sentinel.quorum"),
        Arguments.of("override-index-out-of-range", "nodes: {overrides: [{index: 3, version: '7.2.7'}]}",
            "RHC0203", "spec.nodes.overrides[0].index"),
        Arguments.of("override-index-twice",
            "nodes: {overrides: [{index: 1, version: '7.2.7'}, {index: 1, replicaPriority: 0}]}",
            "RHC0203", "spec.nodes.overrides[1].index"),
        Arguments.of("password-mode-without-password", "auth: {mode: password}", "RHC0204", "spec.auth.password"),
        Arguments.of("acl-mode-without-users", "auth: {mode: acl, password: {env: PW}}", "RHC0204",
            "spec.auth.users"),
        Arguments.of("password-with-mode-none", "auth: {password: {env: PW}}", "RHC0204", "spec.auth.password"),
        Arguments.of("request-above-limit", "memory: {request: 1Gi}", "RHC0205", "spec.memory.request"),
        Arguments.of("maxmemory-equals-limit", "memory: {maxmemory: 768Mi}", "RHC0206", "spec.memory.maxmemory"),
        Arguments.of("maxmemory-zero-percent", "memory: {maxmemory: '0%'}", "RHC0206", "spec.memory.maxmemory"),
        Arguments.of("maxmemory-percent-below-one-mib", "memory: {limit: 64Mi, maxmemory: '1%'}", "RHC0206",
            "spec.memory.maxmemory"),
        Arguments.of("maxmemory-zero-bytes", "memory: {maxmemory: '0'}", "RHC0206", "spec.memory.maxmemory"),
        Arguments.of("budget-over-limit", "memory: {maxmemory: 700mb}", "RHC0207", "spec.memory.maxmemory"),
        Arguments.of("dataset-over-capacity", "memory: {dataset: 700Mi}", "RHC0207", "spec.memory.dataset"),
        Arguments.of("limit-below-overheads", "memory: {limit: 8Mi}", "RHC0207", "spec.memory.limit"),
        Arguments.of("limit-leaves-no-room-beside-backlog", "memory: {limit: 70Mi}", "RHC0207",
            "spec.memory.limit"),
        Arguments.of("maxmemory-not-above-backlog", "memory: {maxmemory: 64mb}", "RHC0207",
            "spec.memory.maxmemory"),
        Arguments.of("seed-incident-256mi", "memory: {limit: 256Mi, dataset: 204M}", "RHC0207",
            "spec.memory.dataset"),
        Arguments.of("systemd-node-without-host", """
            systemd:
              hosts:
                - {name: a, roles: [redis, sentinel, proxy], node: 0}
                - {name: b, roles: [redis, sentinel], node: 1}
                - {name: c, roles: [sentinel]}
            """, "RHC0208", "spec.systemd.hosts"),
        Arguments.of("systemd-host-name-twice", HOSTS_OK.replace("name: b", "name: a"), "RHC0208",
            "spec.systemd.hosts[1].name"),
        Arguments.of("systemd-node-on-two-hosts", HOSTS_OK + "    - {name: d, roles: [redis], node: 1}\n",
            "RHC0208", "spec.systemd.hosts[3].node"),
        Arguments.of("systemd-node-out-of-range", HOSTS_OK + "    - {name: d, roles: [redis], node: 3}\n",
            "RHC0208", "spec.systemd.hosts[3].node"),
        Arguments.of("systemd-node-without-redis-role", HOSTS_OK + "    - {name: d, roles: [proxy], node: 2}\n",
            "RHC0208", "spec.systemd.hosts[3].node"),
        Arguments.of("systemd-redis-without-node", HOSTS_OK + "    - {name: d, roles: [redis]}\n", "RHC0208",
            "spec.systemd.hosts[3]"),
        Arguments.of("systemd-sentinel-hosts-not-count", HOSTS_OK.replace("[redis, sentinel], node: 2",
            "[redis], node: 2"), "RHC0208", "spec.systemd.hosts"),
        Arguments.of("systemd-proxy-enabled-without-host", HOSTS_OK.replace(", proxy]", "]"), "RHC0208",
            "spec.systemd.hosts"),
        Arguments.of("min-available-above-replicas", "proxy: {replicas: 2, minAvailable: 3}", "RHC0209",
            "spec.proxy.minAvailable"),
        Arguments.of("data-class-name-twice", "dataClasses: [{name: q, kind: queue}, {name: q, kind: cache}]",
            "RHC0210", "spec.dataClasses[1].name"),
        Arguments.of("lint-ignore-rule-twice", """
            lint:
              ignore:
                - {rule: RHC2001, reason: "reviewed by the team"}
                - {rule: RHC2001, reason: "and reviewed once more"}
            """, "RHC0211", "spec.lint.ignore[1].rule"),
        Arguments.of("size-beyond-range", "persistence: {volume: {size: 999999999999999Ti}}", "RHC0212",
            "spec.persistence.volume.size"),
        Arguments.of("tls-without-files", "tls: {enabled: true}", "RHC0214", "spec.tls.enabled"),
        Arguments.of("tls-client-certificates-for-haproxy-checks", "tls: {enabled: true, certificateFile: /t/c.pem,"
            + " keyFile: /t/k.pem, caFile: /t/ca.pem, clientAuth: true}", "RHC0214", "spec.tls.clientAuth"),
        Arguments.of("tls-exporter-in-plaintext", "tls: {enabled: true, certificateFile: /t/c.pem, keyFile: /t/k.pem,"
            + " caFile: /t/ca.pem}\nmonitoring: {exporter: {enabled: true}}", "RHC0214",
            "spec.monitoring.exporter.enabled"),
        Arguments.of("acl-exporter-without-a-user", "auth: {mode: acl, password: {env: PW}, users: [{name: app,"
            + " password: {env: APP}, permissions: '~* +@read'}]}\nmonitoring: {exporter: {enabled: true}}",
            "RHC0215", "spec.monitoring.exporter.enabled"),
        Arguments.of("acl-user-named-like-rhc", "auth: {mode: acl, password: {env: PW}, users: [{name: rhc-check,"
            + " password: {env: APP}, permissions: '~* +@read'}]}", "RHC0204", "spec.auth.users[0].name"),
        Arguments.of("acl-user-twice", "auth: {mode: acl, password: {env: PW}, users: [{name: app, password: {env: A},"
            + " permissions: '+ping'}, {name: app, password: {env: B}, permissions: '+ping'}]}", "RHC0204",
            "spec.auth.users[1].name"),
        Arguments.of("users-in-password-mode", "auth: {mode: password, password: {env: PW}, users: [{name: app,"
            + " password: {env: A}, permissions: '+ping'}]}", "RHC0204", "spec.auth.users"),
        Arguments.of("tls-certificate-file-without-its-key", "tls: {certificateFile: /t/c.pem, caFile: /t/ca.pem}",
            "RHC0220", "spec.tls.certificateFile"),
        Arguments.of("tls-secret-and-cert-manager-both", "tls: {enabled: true, certificate: {kubernetesSecret: {name: s}},"
            + " certManager: {issuerRef: {name: ca}}}", "RHC0220", "spec.tls.certManager"),
        Arguments.of("tls-cert-manager-lifetime-under-an-hour", "tls: {enabled: true, certManager: {issuerRef: {name: ca},"
            + " duration: 30m}}", "RHC0220", "spec.tls.certManager.duration"),
        Arguments.of("tls-cert-manager-renewal-not-before-expiry", "tls: {enabled: true, certManager: {issuerRef:"
            + " {name: ca}, duration: 24h, renewBefore: 1d}}", "RHC0220", "spec.tls.certManager.renewBefore"),
        Arguments.of("scrape-interval-below-a-second", "monitoring: {scrapeInterval: 500ms}", "RHC0216",
            "spec.monitoring.scrapeInterval"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsOneWellFormedError(String name, String overlay, String code, String path) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<?> spec = new Resolver().resolve(ResolveFixtures.spec(overlay), diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    assertEquals(1, found.size(), "expected exactly one diagnostic:" + ResolveFixtures.describe(found));
    Diagnostic d = found.get(0);
    assertEquals(code, d.code());
    assertEquals(path, d.path().toString());
    assertTrue(d.isError());
    assertTrue(spec.isEmpty(), "no spec when an error was reported");
    assertWellFormed(d);
  }

  @Test
  void seedIncidentCarriesTheNumbersAndTheBudgetTable() {
    Diagnostics diagnostics = new Diagnostics();
    new Resolver().resolve(ResolveFixtures.spec("memory: {limit: 256Mi, dataset: 204M}"), diagnostics);
    Diagnostic d = diagnostics.all().get(0);
    // derived 192mb: the 256Mi limit minus the 64mb replica buffer soft limit, the most RHC2002 accepts
    assertEquals("Dataset of 194.5 MiB does not fit: maxmemory 192.0 MiB minus the 64.0 MiB replication backlog"
        + " leaves 128.0 MiB", d.summary());
    // 259mb holds the data beside the backlog; with the 64mb soft limit above it that takes 323Mi
    assertEquals("Raise `memory.limit` to at least 323Mi (`maxmemory` is derived from it), or declare a smaller"
        + " `memory.dataset`.", d.hint());
    assertTrue(d.detail().contains("fork copy-on-write reserve"), d.detail());
    assertTrue(d.detail().contains("19.2 MiB"), d.detail());
    assertTrue(d.detail().contains("too small for the declared 194.5 MiB"), d.detail());
  }

  @Test
  void theSuggestedLimitFitsTheSeedDataset() {
    Diagnostics diagnostics = new Diagnostics();
    new Resolver().resolve(ResolveFixtures.spec("memory: {limit: 323Mi, dataset: 204M}"), diagnostics);
    assertTrue(diagnostics.isEmpty(), ResolveFixtures.describe(diagnostics.sorted()));
    new Resolver().resolve(ResolveFixtures.spec("memory: {limit: 322Mi, dataset: 204M}"), diagnostics);
    assertEquals(1, diagnostics.count(io.rhc.diag.Severity.ERROR), "one MiB less must not fit");
  }

  @Test
  void reportsEveryCrossFieldErrorNotOnlyTheFirst() {
    ParsedDocument document = ResolveFixtures.spec("""
        sentinel: {quorum: 4}
        memory: {request: 1Gi}
        proxy: {replicas: 1, minAvailable: 2}
        dataClasses: [{name: q, kind: queue}, {name: q, kind: queue}]
        """);
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(new Resolver().resolve(document, diagnostics).isEmpty());
    assertEquals(List.of("RHC0202", "RHC0205", "RHC0209", "RHC0210"),
        diagnostics.all().stream().map(Diagnostic::code).sorted().toList());
  }

  private static void assertWellFormed(Diagnostic d) {
    assertFalse(d.summary().endsWith("."), "summary ends with a period: " + d.summary());
    assertTrue(Character.isUpperCase(d.summary().charAt(0)) || Character.isDigit(d.summary().charAt(0))
        || d.summary().startsWith("`"), "summary not in sentence case: " + d.summary());
    assertTrue(d.hint() != null && d.hint().endsWith("."), "hint is not full sentences: " + d.hint());
    assertTrue(d.detail() == null || !d.detail().isBlank());
  }
}
