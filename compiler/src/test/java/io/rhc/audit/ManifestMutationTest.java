package io.rhc.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.ImportResult;
import io.rhc.Importer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of a manifest set and a compose file (characters YAML and redis.conf care about inserted,
 * replaced or deleted; lines dropped, duplicated or re-indented): the audit never throws, and every diagnostic and
 * note it reports has a position; mutated chart values files import to a spec or to positioned errors.
 */
class ManifestMutationTest {
  private static final String ALPHABET = ":-[]{}|>\"'#&*!%@`\\ \t\n0aZ";
  private static final String COMPOSE = """
      services:
        redis:
          image: redis:7.2.4
          command: redis-server --maxmemory 100mb --maxmemory-policy allkeys-lru --appendonly yes
          mem_limit: 512m
        sentinel:
          image: redis:7.2.4
          command: ["redis-sentinel", "/etc/sentinel.conf"]
          volumes: ["./sentinel.conf:/etc/sentinel.conf:ro"]
        worker:
          image: python:3.12.8
          environment: ["CELERY_BROKER_URL=redis://redis"]
      """;

  private static final String VALUES = """
      image: { repository: redis, tag: 8.8.0-alpine }
      replicas: 3
      haproxy: { enabled: true, replicas: 2 }
      redis:
        masterGroupName: app
        config: { maxmemory: 100mb, save: "900 1", loadmodule: [a.so, b.so] }
        resources: { limits: { memory: 700Mi } }
      sentinel: { quorum: 2, config: { down-after-milliseconds: 10000, maxclients: 100 } }
      auth: true
      persistentVolume: { enabled: true, size: 10Gi, storageClass: fast }
      hardAntiAffinity: true
      """;

  /** The same for a chart values file through {@code rhc import}: a spec or positioned errors, never a throw. */
  @Test
  void mutatedValuesFilesNeverThrowOnImport() {
    Random random = new Random(19);
    Importer importer = new Importer();
    int specs = 0;
    for (int i = 0; i < 300; i++) {
      String text = mutate(VALUES, random);
      ImportResult result = importer.importFrom(List.of(Path.of("-")), List.of("-"), Optional.of(text));
      specs += result.spec().isPresent() ? 1 : 0;
      result.diagnostics().forEach(d -> assertTrue(d.file() != null && d.span() != null && d.span().line() >= 1,
          d + " in\n" + text));
    }
    assertTrue(specs > 30, "some mutations should still import, got " + specs);
  }

  @Test
  void mutatedManifestsNeverThrow() {
    String manifests = ManifestAuditTest.CONFIG_MAP + ManifestAuditTest.statefulSet("/state", "/cfg/sentinel.conf")
        + ManifestAuditTest.SERVICE_OVER_ALL_PODS;
    Random random = new Random(19);
    Auditor auditor = new Auditor();
    int findings = 0;
    for (int i = 0; i < 1000; i++) {
      String text = mutate(i % 3 == 0 ? COMPOSE : manifests, random);
      AuditResult result = auditor.audit(List.of(Path.of("-")), List.of("-"), Optional.of(text));
      findings += result.diagnostics().size();
      result.diagnostics().forEach(d -> assertTrue(d.file() != null && d.span() != null && d.span().line() >= 1
          && d.span().column() >= 1, d + " in\n" + text));
      result.notes().forEach(n -> assertTrue(n.span().line() >= 1, n + " in\n" + text));
    }
    assertTrue(findings > 1000, "mutations should produce findings, got " + findings);
  }

  private static String mutate(String original, Random random) {
    List<String> lines = new ArrayList<>(List.of(original.split("\n", -1)));
    for (int m = random.nextInt(3); m >= 0; m--) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(3)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        default -> lines.set(at, " ".repeat(random.nextInt(4)) + lines.get(at).strip());
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    StringBuilder text = new StringBuilder(String.join("\n", lines));
    for (int m = random.nextInt(5); m >= 0; m--) {
      int at = random.nextInt(text.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> { if (at < text.length()) { text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); } }
        default -> { if (at < text.length()) { text.deleteCharAt(at); } }
      }
    }
    return text.toString();
  }
}
