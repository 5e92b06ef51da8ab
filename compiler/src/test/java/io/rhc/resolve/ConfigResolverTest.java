package io.rhc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.model.ConfigDirective;
import io.rhc.model.ResolvedSpec;
import io.rhc.path.SpecPath;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code engine.config} and {@code sentinel.config} against the directive table of each version that reads them. */
class ConfigResolverTest {
  @Test
  void acceptedDirectivesAreKeptInTheOrderWrittenWithBooleansAsYesNo() {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.spec("""
        engine:
          config:
            maxclients: 20000
            notify-keyspace-events: Ex
            latency-tracking: false
            client-output-buffer-limit: ["normal 0 0 0", "pubsub 64mb 16mb 60"]
            hide-user-data-from-log: true
        sentinel:
          config: {loglevel: verbose}
        """));
    assertEquals(List.of(
        new ConfigDirective("maxclients", List.of("20000")),
        new ConfigDirective("notify-keyspace-events", List.of("Ex")),
        new ConfigDirective("latency-tracking", List.of("no")),
        new ConfigDirective("client-output-buffer-limit", List.of("normal 0 0 0", "pubsub 64mb 16mb 60")),
        new ConfigDirective("hide-user-data-from-log", List.of("yes"))), resolved.spec().engine().config());
    assertEquals(List.of(new ConfigDirective("loglevel", List.of("verbose"))), resolved.spec().sentinel().config());
    assertEquals(List.of("client-output-buffer-limit normal 0 0 0", "client-output-buffer-limit pubsub 64mb 16mb 60"),
        resolved.spec().engine().config().get(3).lines());
    assertTrue(resolved.origins().containsKey(SpecPath.root().resolve("spec.engine.config.maxclients")));
  }

  @Test
  void noConfigIsAnEmptyLeafOfItsOwn() {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.spec(""));
    assertEquals(List.of(), resolved.spec().engine().config());
    assertTrue(resolved.origins().containsKey(SpecPath.root().resolve("spec.engine.config")));
    assertTrue(resolved.origins().containsKey(SpecPath.root().resolve("spec.sentinel.config")));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("typo", "engine: {config: {maxclinets: 10}}", "RHC0217", "spec.engine.config.maxclinets",
            "Unknown directive `maxclinets` for redis 7.4.2 (every data node)", "Did you mean `maxclients`?"),
        Arguments.of("owned-with-key", "engine: {config: {maxmemory: 1gb}}", "RHC0218", "spec.engine.config.maxmemory",
            "`maxmemory` is written by rhc", "Set `spec.memory.maxmemory` instead; rhc writes `maxmemory` from it."),
        Arguments.of("owned-alias", "engine: {config: {slaveof: 'a 6379'}}", "RHC0218", "spec.engine.config.slaveof",
            "`slaveof` is written by rhc", "rhc-init.sh chooses the master"),
        Arguments.of("protected-mode-has-its-key", "engine: {config: {protected-mode: 'no'}}", "RHC0218",
            "spec.engine.config.protected-mode", "`protected-mode` is written by rhc", "`spec.auth.protectedMode`"),
        Arguments.of("rename-command", "engine: {config: {rename-command: 'CONFIG \"\"'}}", "RHC0218",
            "spec.engine.config.rename-command", "`rename-command` is written by rhc", "ACL users"),
        Arguments.of("replica-buffer-class", "engine: {config: {client-output-buffer-limit: ['replica 1gb 1gb 0']}}",
            "RHC0218", "spec.engine.config.client-output-buffer-limit",
            "The replica class of `client-output-buffer-limit` is written by rhc", "replicaOutputBuffer"),
        Arguments.of("newer-than-the-version", "engine: {version: '7.2.7', config: {hide-user-data-from-log: 'yes'}}",
            "RHC0219", "spec.engine.config.hide-user-data-from-log",
            "`hide-user-data-from-log` is not known to redis 7.2.7 (every data node), which would refuse to start",
            "It exists in redis 7.4, redis 8.0 (development branch of 2024-10); remove it, or upgrade every node"
                + " that reads it first."),
        Arguments.of("valkey-only-under-redis", "engine: {config: {dual-channel-replication-enabled: 'yes'}}",
            "RHC0219", "spec.engine.config.dual-channel-replication-enabled",
            "`dual-channel-replication-enabled` is not known to redis 7.4.2", "It is a Valkey directive; remove it."),
        Arguments.of("hidden-test-knob", "engine: {config: {key-load-delay: 100}}", "RHC0217",
            "spec.engine.config.key-load-delay", "`key-load-delay` is a test-suite knob of redis 7.4", "Remove it"),
        Arguments.of("list-for-a-single-value", "engine: {config: {maxclients: [1, 2]}}", "RHC0217",
            "spec.engine.config.maxclients", "`maxclients` takes one value, not a list", "only loadmodule and"),
        Arguments.of("sentinel-option-owned", "sentinel: {config: {down-after-milliseconds: 1000}}", "RHC0218",
            "spec.sentinel.config.down-after-milliseconds", "`down-after-milliseconds` is written by rhc",
            "Set `spec.sentinel.downAfter` instead"),
        Arguments.of("sentinel-scripts", "sentinel: {config: {notification-script: /bin/true}}", "RHC0218",
            "spec.sentinel.config.notification-script", "`notification-script` is written by rhc",
            "rhc installs no scripts on sentinel hosts"),
        Arguments.of("sentinel-version-checked", "sentinel: {placement: dedicated, version: '7.2.7',"
            + " config: {hide-user-data-from-log: 'yes'}}", "RHC0219", "spec.sentinel.config.hide-user-data-from-log",
            "`hide-user-data-from-log` is not known to redis 7.2.7 (the sentinels)", "upgrade"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedDirectivesGetOnePositionedErrorWithAHint(String name, String overlay, String code, String path,
      String summary, String hint) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<ResolvedSpec> spec = new Resolver().resolve(ResolveFixtures.spec(overlay), diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    assertEquals(1, found.size(), ResolveFixtures.describe(found));
    Diagnostic d = found.get(0);
    assertEquals(code, d.code());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(path, d.path().toString());
    assertTrue(d.summary().startsWith(summary), d.summary());
    assertTrue(d.hint().contains(hint), d.hint());
    assertTrue(d.hint().endsWith(".") || d.hint().endsWith("?"), d.hint());
    assertTrue(spec.isEmpty());
  }

  @Test
  void mixedVersionsNameTheNodesThatCannotReadIt() {
    Diagnostics diagnostics = new Diagnostics();
    new Resolver().resolve(ResolveFixtures.spec("""
        engine:
          version: "7.2.7"
          config: {hide-user-data-from-log: "yes"}
        nodes:
          overrides: [{index: 2, version: "7.4.2"}]
        """), diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    assertEquals(1, found.size(), ResolveFixtures.describe(found));
    assertTrue(found.get(0).summary().startsWith("`hide-user-data-from-log` is not known to redis 7.2.7 (node 0,"
        + " node 1)"), found.get(0).summary());
  }

  @Test
  void aVersionNewerThanTheTableWarnsInsteadOfRefusing() {
    Diagnostics diagnostics = new Diagnostics();
    Optional<ResolvedSpec> spec = new Resolver().resolve(ResolveFixtures.spec("""
        engine:
          version: "8.6.2"
          config: {maxclinets: 10, maxclients: 10}
        """), diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    assertEquals(1, found.size(), ResolveFixtures.describe(found));
    Diagnostic d = found.get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("RHC0217", d.code());
    assertTrue(d.summary().contains("not in rhc's directive table of redis 8.0 (development branch of 2024-10),"
        + " the newest it has for redis 8.6.2"), d.summary());
    assertEquals("A known directive is close: `maxclients`.", d.detail());
    assertEquals(2, spec.orElseThrow().spec().engine().config().size(), "a warned directive is still written");
  }
}
