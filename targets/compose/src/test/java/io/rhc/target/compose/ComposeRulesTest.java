package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.ByteSize;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The target's own rules, the unsupported warnings, and what the services carry; variants of the examples. */
class ComposeRulesTest {
  private static final ExampleSpec ODOO = ExampleSpec.of("odoo-compose");

  static Stream<Arguments> restartCases() {
    return Stream.of(
        Arguments.of("persistence-on-no-delay", UnaryOperator.<ExampleSpec>identity(), List.of()),
        Arguments.of("persistence-off-no-delay", off(s -> s), List.of("RHC5180")),
        Arguments.of("persistence-off-short-delay", off(s -> s.set("spec.compose.restartDelay", "19s")),
            List.of("RHC5180")),
        Arguments.of("persistence-off-delay-covers-failover", off(s -> s.set("spec.compose.restartDelay", "20s")),
            List.of()),
        Arguments.of("persistence-off-restart-no", off(s -> s.set("spec.compose.restart", "no")), List.of()));
  }

  /** odoo with no RDB and no AOF on the master: down-after 5 s + failover-timeout 15 s = 20 s. */
  private static UnaryOperator<ExampleSpec> off(UnaryOperator<ExampleSpec> more) {
    return s -> more.apply(s.set("spec.persistence.rdb.enabled", false).set("spec.persistence.aof.enabled", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("restartCases")
  void restart_rule(String name, UnaryOperator<ExampleSpec> change, List<String> codes) {
    Emitted emitted = Emitted.of(change.apply(ODOO).spec());
    assertEquals(codes, emitted.codes());
    assertEquals(codes.isEmpty(), !emitted.artifacts().isEmpty(), "artifacts only without errors");
    emitted.diagnostics().forEach(ComposeRulesTest::wellFormed);
  }

  @Test
  void tls_from_a_kubernetes_secret_only_is_refused_at_the_spec_path() {
    Emitted emitted = Emitted.of(ODOO.set("spec.tls.enabled", true)
        .setYaml("spec.tls.certManager", "{ issuerRef: { name: internal-ca } }").spec());
    assertEquals(List.of("RHC0214"), emitted.codes());
    assertEquals("spec.tls.enabled", emitted.diagnostics().get(0).path().toString());
    assertTrue(emitted.diagnostics().get(0).hint().contains("`tls.certificateFile`"));
    assertTrue(emitted.artifacts().isEmpty(), "no plaintext project for a TLS spec");
    emitted.diagnostics().forEach(ComposeRulesTest::wellFormed);
  }

  @Test
  void tls_secrets_reach_the_servers_and_only_the_ca_reaches_haproxy() {
    ComposeProject project = new ProjectBuilder(Cases.VARIANTS.get("odoo-compose+tls").spec()).build();
    List<String> all = List.of(ComposeSecrets.TLS_CA, ComposeSecrets.TLS_CERTIFICATE, ComposeSecrets.TLS_KEY);
    assertEquals(all, service(project, "odoo19-redis-redis-0").secrets());
    assertEquals(all, service(project, "odoo19-redis-sentinel-2").secrets());
    assertEquals(List.of(ComposeSecrets.TLS_CA), service(project, "odoo19-redis-haproxy-0").secrets());
    assertEquals(Cases.TLS_DIR + "/server.key", project.secrets().get(ComposeSecrets.TLS_KEY));
  }

  @Test
  void restart_delay_reaches_the_data_nodes_only() {
    ComposeProject project = new ProjectBuilder(ODOO.set("spec.compose.restartDelay", "20500ms").spec()).build();
    assertEquals("21", service(project, "odoo19-redis-redis-1").environment().get("RHC_RESTART_DELAY"));
    assertTrue(!service(project, "odoo19-redis-sentinel-1").environment().containsKey("RHC_RESTART_DELAY"));
  }

  static Stream<Arguments> unsupportedCases() {
    return Stream.of(
        Arguments.of("gateway-k8s", List.of("RHC5101", "RHC5102", "RHC5107")),
        Arguments.of("homelab-k8s", List.of("RHC5101", "RHC5102", "RHC5103", "RHC5104")),
        Arguments.of("odoo-compose", List.of("RHC5101", "RHC5102")),
        Arguments.of("veza-systemd", List.of("RHC5101", "RHC5102")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedCases")
  void unsupported_features_of_each_example(String example, List<String> codes) {
    var found = new ComposeTarget().unsupported(ExampleSpec.spec(example));
    assertEquals(codes, found.stream().map(u -> u.code()).toList());
    found.forEach(u -> wellFormed(Diagnostic.error(u.code(), u.path(), u.summary(), u.hint())));
  }

  @Test
  void kubernetes_only_settings_are_reported_as_unsupported() {
    Spec spec = ExampleSpec.of("gateway-k8s").set("spec.kubernetes.cpu.limit", "2")
        .setYaml("spec.placement.avoidNodes", "[node-a]").set("spec.backup.enabled", true)
        .setYaml("spec.backup.destination", "{ volumeClaim: redis-backups }").spec();
    var found = new ComposeTarget().unsupported(spec);
    assertEquals(List.of("RHC5101", "RHC5106", "RHC5102", "RHC5105", "RHC5107", "RHC5108"),
        found.stream().map(u -> u.code()).toList(), "spread, avoided nodes, proxy budget, CPU limit, secret, claim");
    found.forEach(u -> wellFormed(Diagnostic.error(u.code(), u.path(), u.summary(), u.hint())));
  }

  @Test
  void memory_limits_are_in_compose_units() {
    assertEquals("768m", ComposeUnits.memory(ByteSize.ofMiB(768)));
    assertEquals("1g", ComposeUnits.memory(ByteSize.ofMiB(1024)));
    assertEquals("1536m", ComposeUnits.memory(ByteSize.ofMiB(1536)));
    assertEquals("1000000", ComposeUnits.memory(ByteSize.ofBytes(1_000_000)));
    ComposeProject odoo = new ProjectBuilder(ODOO.spec()).build();
    assertEquals(Optional.of("768m"), service(odoo, "odoo19-redis-redis-0").memLimit());
    assertEquals(Optional.of("64m"), service(odoo, "odoo19-redis-sentinel-0").memLimit());
  }

  @Test
  void colocated_sentinels_share_the_node_container_and_its_memory() {
    ComposeProject project =
        new ProjectBuilder(ExampleSpec.of("gateway-k8s").set("spec.sentinel.placement", "colocated").spec()).build();
    Service node = service(project, "redis-gateway-redis-2");
    assertEquals(List.of("sh", "/etc/rhc/rhc-run.sh", "redis+sentinel"), node.entrypoint());
    assertEquals("2", node.environment().get("RHC_SENTINEL_INDEX"));
    assertEquals(Optional.of("576m"), node.memLimit(), "512Mi node + 64Mi sentinel");
    assertTrue(project.services().stream().noneMatch(s -> s.name().contains("sentinel")));
  }

  @Test
  void only_proxies_publish_ports_unless_sentinels_are_published() {
    ExampleSpec veza = ExampleSpec.of("veza-systemd");
    assertEquals(Map.of("veza-haproxy-0", List.of("6380:6380", "26380:26380"),
            "veza-haproxy-1", List.of("6381:6380", "26381:26380"),
            "veza-haproxy-2", List.of("6382:6380", "26382:26380")),
        published(new ProjectBuilder(veza.spec()).build()));
    ComposeProject published = new ProjectBuilder(veza.set("spec.compose.publishSentinels", true).spec()).build();
    assertEquals(List.of("26381:26379"), service(published, "veza-redis-2").ports());
  }

  @Test
  void secrets_are_references_never_values() {
    ComposeProject veza = new ProjectBuilder(ExampleSpec.spec("veza-systemd")).build();
    Service node = service(veza, "veza-redis-0");
    assertEquals("/run/secrets/redis-password", node.environment().get("REDIS_PASSWORD_FILE"));
    assertEquals("/run/secrets/sentinel-password", node.environment().get("SENTINEL_PASSWORD_FILE"));
    assertEquals(List.of("redis-password", "sentinel-password"), node.secrets());
    assertEquals("/etc/redis-ha/secrets/redis-password", veza.secrets().get("redis-password"));
    Service odoo = service(new ProjectBuilder(ODOO.spec()).build(), "odoo19-redis-haproxy-0");
    assertEquals("${REDIS_PASSWORD:?REDIS_PASSWORD must be set in .env}", odoo.environment().get("REDIS_PASSWORD"));
  }

  @Test
  void exporters_get_no_password_file_they_cannot_read() {
    Spec spec = ExampleSpec.of("veza-systemd").set("spec.monitoring.exporter.enabled", true).spec();
    Service exporter = service(new ProjectBuilder(spec).build(), "veza-exporter-0");
    assertEquals(List.of("REDIS_ADDR", "REDIS_EXPORTER_WEB_LISTEN_ADDRESS"), List.copyOf(exporter.environment().keySet()));
    assertEquals(List.of(), exporter.secrets());
    assertTrue(new ComposeTarget().unsupported(spec).stream().anyMatch(u -> u.code().equals("RHC5109")));
  }

  @Test
  void metadata_labels_go_on_every_service() {
    Spec spec = ODOO.set("metadata.labels", Map.of("team", "erp", "app.kubernetes.io/part-of", "odoo")).spec();
    String yaml = Emitted.of(spec).file("compose.yaml");
    assertEquals(8, yaml.split("\n      \"app.kubernetes.io/part-of\": \"odoo\"\n      \"team\": \"erp\"\n", -1).length - 1,
        "both labels, sorted, on each of the 8 services");
  }

  @Test
  void stop_grace_period_exceeds_the_prestop_wait() {
    Service node = service(new ProjectBuilder(ODOO.spec()).build(), "odoo19-redis-redis-0");
    long stopTimeout = Long.parseLong(node.environment().get("RHC_STOP_TIMEOUT"));
    assertEquals(20, stopTimeout, "failover-timeout 15 s + 5 s shutdown margin");
    assertTrue(node.stopGracePeriod().orElseThrow().getSeconds() > stopTimeout);
  }

  @Test
  void artifact_check_catches_what_docker_compose_config_misses() {
    ComposeProject good = new ProjectBuilder(ODOO.spec()).build();
    Service node = good.services().get(0);
    Service broken = new Service(node.name(), node.image(), node.profiles(), node.entrypoint(), node.command(),
        node.environment(), node.secrets(),
        List.of(Mount.config("./config", "/etc/rhc"),
            new Mount(Mount.Kind.BIND, "./state/sentinel.conf", "/var/lib/rhc/sentinel.conf", false, true),
            new Mount(Mount.Kind.VOLUME, "undefined-data", "/data", true, true)),
        List.of("elsewhere"), node.ports(), node.restart(), node.stopGracePeriod(), node.memLimit(),
        node.memReservation(), node.healthcheck());
    ComposeProject project = new ComposeProject(good.project(), List.of(broken), good.networks(), good.volumes(),
        good.secrets());
    Diagnostics diagnostics = new Diagnostics();
    ComposeCheck.check(project, diagnostics);
    assertEquals(List.of("RHC6102", "RHC6102", "RHC6102", "RHC6103"),
        diagnostics.all().stream().map(Diagnostic::code).toList(),
        "no writable state directory; single-file state bind; read-only state; undefined volume");
    Diagnostics rendered = new Diagnostics();
    String yaml = io.rhc.emit.template.Templates.instance().render(
        "io/rhc/target/compose/templates/compose.yaml.mustache", ComposeView.of("odoo19-redis", new java.util.TreeMap<>(), project));
    io.rhc.emit.check.ArtifactChecks.run("compose", List.of(io.rhc.emit.Artifact.file("compose.yaml", yaml)), rendered);
    assertEquals(List.of("RHC6005", "RHC6006"), rendered.all().stream().map(Diagnostic::code).toList(),
        "the shared checks find the single-file sentinel.conf mount and the undefined network in the rendered file");
    Diagnostics none = new Diagnostics();
    ComposeCheck.check(good, none);
    assertTrue(none.isEmpty(), () -> none.all().toString());
  }

  private static Map<String, List<String>> published(ComposeProject project) {
    return project.services().stream().filter(s -> !s.ports().isEmpty())
        .collect(java.util.stream.Collectors.toMap(Service::name, Service::ports));
  }

  private static Service service(ComposeProject project, String name) {
    return project.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static void wellFormed(Diagnostic d) {
    assertTrue(Character.isUpperCase(d.summary().charAt(0)) && !d.summary().endsWith("."), d.summary());
    assertTrue(d.hint() != null && d.hint().endsWith("."), d.hint());
  }
}
