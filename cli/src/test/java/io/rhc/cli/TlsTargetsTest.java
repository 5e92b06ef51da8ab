package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TLS spec with host files compiles for systemd hosts and for compose (the files become compose secrets); kubernetes,
 * which mounts a Secret, refuses it with the spec position and a hint, writing nothing.
 */
class TlsTargetsTest {
  private static final String TLS = """
        tls:
          enabled: true
          certificateFile: /etc/redis-ha/tls/server.crt
          keyFile: /etc/redis-ha/tls/server.key
          caFile: /etc/redis-ha/tls/ca.crt
      """;

  @Test
  void hostFilesServeSystemdAndComposeWhileKubernetesRefuses(@TempDir Path dir) throws Exception {
    String veza = Files.readString(Path.of("../examples/veza-systemd/spec.yaml"));
    Path spec = Files.writeString(dir.resolve("veza-tls.yaml"), veza.replace("  systemd:\n", TLS + "  systemd:\n"));
    CliRun systemd = CliRun.of("compile", "-t", "systemd", "-o", dir.resolve("systemd").toString(), spec.toString());
    assertEquals(0, systemd.code(), systemd.err());
    String conf = Files.readString(dir.resolve("systemd/redis-1.lxd/etc/redis-ha/veza/redis/redis.conf"));
    assertTrue(conf.contains("port 0\ntls-port 6379\n") && conf.contains("tls-replication yes"), conf);
    assertTrue(Files.readString(dir.resolve("systemd/redis-1.lxd/etc/redis-ha/veza/haproxy/haproxy.cfg"))
        .contains("tcp-check connect ssl"));
    CliRun compose = CliRun.of("compile", "-t", "compose", "-o", dir.resolve("compose").toString(), spec.toString());
    assertEquals(0, compose.code(), compose.err());
    String composeYaml = Files.readString(dir.resolve("compose/compose.yaml"));
    assertTrue(composeYaml.contains("\n  tls-ca:\n    file: \"/etc/redis-ha/tls/ca.crt\"\n"), composeYaml);
    assertTrue(Files.readString(dir.resolve("compose/config/redis.conf"))
        .contains("tls-key-file /run/secrets/tls-key\n"));
    CliRun kubernetes = CliRun.of("compile", "-t", "kubernetes", "-o", dir.resolve("kubernetes").toString(),
        spec.toString());
    assertEquals(1, kubernetes.code(), kubernetes.err());
    assertTrue(kubernetes.err().contains("veza-tls.yaml:51:5: error[RHC0214] spec.tls.enabled: The kubernetes target"
        + " mounts the TLS certificate from a Secret, and the spec names none"), kubernetes.err());
    assertTrue(kubernetes.err().contains("hint: Set `tls.certificate.kubernetesSecret.name`"), kubernetes.err());
    assertFalse(Files.exists(dir.resolve("kubernetes")), "nothing written for kubernetes");
    CliRun clients = CliRun.of("clients", spec.toString());
    assertEquals(1, clients.code(), clients.out());
    assertTrue(clients.err().contains("TLS client settings are not generated yet"), clients.err());
  }
}
