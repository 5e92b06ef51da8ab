package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TLS spec compiles for systemd hosts; the targets that cannot mount certificates yet refuse it, writing nothing. */
class TlsTargetsTest {
  private static final String TLS = """
        tls:
          enabled: true
          certificateFile: /etc/redis-ha/tls/server.crt
          keyFile: /etc/redis-ha/tls/server.key
          caFile: /etc/redis-ha/tls/ca.crt
      """;

  @Test
  void systemdGetsTlsEverywhereComposeAndKubernetesRefuse(@TempDir Path dir) throws Exception {
    String veza = Files.readString(Path.of("../examples/veza-systemd/spec.yaml"));
    Path spec = Files.writeString(dir.resolve("veza-tls.yaml"), veza.replace("  systemd:\n", TLS + "  systemd:\n"));
    CliRun systemd = CliRun.of("compile", "-t", "systemd", "-o", dir.resolve("systemd").toString(), spec.toString());
    assertEquals(0, systemd.code(), systemd.err());
    String conf = Files.readString(dir.resolve("systemd/redis-1.lxd/etc/redis-ha/veza/redis/redis.conf"));
    assertTrue(conf.contains("port 0\ntls-port 6379\n") && conf.contains("tls-replication yes"), conf);
    assertTrue(Files.readString(dir.resolve("systemd/redis-1.lxd/etc/redis-ha/veza/haproxy/haproxy.cfg"))
        .contains("tcp-check connect ssl"));
    for (String target : new String[] {"compose", "kubernetes"}) {
      CliRun refused = CliRun.of("compile", "-t", target, "-o", dir.resolve(target).toString(), spec.toString());
      assertEquals(1, refused.code(), refused.err());
      assertTrue(refused.err().contains("veza-tls.yaml:51:5: error[RHC0214] spec.tls.enabled: The " + target
          + " target does not mount TLS certificates yet"), refused.err());
      assertFalse(Files.exists(dir.resolve(target)), "nothing written for " + target);
    }
    CliRun clients = CliRun.of("clients", spec.toString());
    assertEquals(1, clients.code(), clients.out());
    assertTrue(clients.err().contains("TLS client settings are not generated yet"), clients.err());
  }
}
