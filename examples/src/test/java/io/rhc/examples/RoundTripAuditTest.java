package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * compile, then audit the output: the audit finds nothing that lint does not already say about the spec (the
 * example's expected diagnostics for that target), and it did read what the rules need (the rules listed ran).
 * Kubernetes output is audited as {@code kubectl kustomize} renders it, piped in; compose output as the file.
 * rhc's init scripts write the sentinel monitor line and timing at boot, so the sentinel timing rules cannot run
 * on its output. The systemd output does not round-trip: its per-host trees (etc/redis-ha/<cluster>/) are not the
 * host directories audit reads.
 */
class RoundTripAuditTest {
  private static final String KUBECTL = "/usr/bin/kubectl";
  private static final Pattern CODE = Pattern.compile("\\[(RHC\\d{4})]");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "homelab-k8s, kubernetes, RHC1003 RHC2001 RHC2003 RHC2004 RHC2010 RHC3001 RHC3003 RHC3006 RHC4001 RHC4002",
      "gateway-k8s, kubernetes, RHC1003 RHC2001 RHC2003 RHC2004 RHC2010 RHC3001 RHC3003 RHC3006 RHC4001 RHC4002",
      "odoo-compose, compose, RHC1003 RHC2001 RHC2003 RHC2004 RHC2010 RHC3001 RHC3003 RHC4001 RHC4002"})
  void auditOfTheCompiledOutputFindsNothingLintDoesNotSay(String example, String target, String ran)
      throws Exception {
    Path output = Path.of(example, "expected", target);
    AuditResult result;
    if (target.equals("kubernetes")) {
      assumeTrue(Files.isExecutable(Path.of(KUBECTL)), "kubectl is needed");
      result = new Auditor().audit(List.of(Path.of("-")), List.of("-"), Optional.of(kustomize(output)));
    } else {
      Path compose = output.resolve("compose.yaml");
      result = new Auditor().audit(List.of(compose), List.of(compose.toString()));
    }
    Set<String> lint = codes(Files.readString(Path.of(example, "expected", target + ".diagnostics.txt")));
    Set<String> audit = new TreeSet<>();
    result.diagnostics().forEach(d -> audit.add(d.code()));
    audit.removeAll(lint);
    assertEquals(Set.of(), audit, result.diagnostics().toString());
    for (String rule : ran.split(" ")) {
      assertTrue(result.notEvaluated().stream().noneMatch(n -> n.rule().equals(rule)), rule + " did not run: "
          + result.notEvaluated());
    }
  }

  private static Set<String> codes(String diagnostics) {
    Set<String> codes = new TreeSet<>();
    Matcher m = CODE.matcher(diagnostics);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  private static String kustomize(Path dir) throws Exception {
    Process p = new ProcessBuilder(KUBECTL, "kustomize", dir.toString()).redirectErrorStream(false).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
    assertEquals(0, p.exitValue(), "kubectl kustomize failed");
    return out;
  }
}
