package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TLS cluster on Kubernetes: the cert-manager Certificate names every host the runtime announces and connects to,
 * the data node and sentinel containers mount the Secret read-only where redis.conf and sentinel.conf read it, the
 * redis group alone reads the key, and HAProxy gets the CA only.
 */
class TlsManifestsTest {
  private static final ExampleSpec DEDICATED = Cases.VARIANTS.get("odoo-compose+tls-cert-manager");

  @Test
  void theCertificateCoversEveryNameTheClusterUses(@TempDir Path dir) throws Exception {
    Spec spec = DEDICATED.spec();
    Emitted emitted = Emitted.of(spec);
    Certificate certificate = (Certificate) StrictManifests.decode(emitted.file(Certificates.FILE).content()).get(0);
    Set<String> sans = new TreeSet<>(certificate.getSpec().getDnsNames());
    Path config = emitted.writeTo(dir).resolve("config");
    List<String> used = new ArrayList<>();
    // the names the sentinels announce and the scripts and HAProxy connect to, as the shell reads cluster.env
    for (String variable : List.of("RHC_NODE_HOSTS", "RHC_SENTINEL_HOSTS")) {
      Run.Result hosts = Run.run(config, Map.of(), List.of("sh", "-c", ". ./cluster.env && printf %s \"$" + variable
          + "\""));
      assertEquals(0, hosts.exit(), hosts.output());
      used.addAll(List.of(hosts.output().split(" ")));
    }
    assertEquals(spec.nodes().count() + spec.sentinel().count(), used.size(), used.toString());
    for (Object o : StrictManifests.decode(emitted.file(Services.FILE).content())) {
      String service = ((Service) o).getMetadata().getName();
      if (!service.endsWith("-metrics")) {
        String ns = spec.metadata().namespace();
        used.addAll(List.of(service, service + "." + ns, service + "." + ns + ".svc",
            service + "." + ns + ".svc." + spec.kubernetes().clusterDomain()));
      }
    }
    for (String name : used) {
      assertTrue(sans.contains(name), name + " is one of the certificate's names " + sans);
    }
    assertTrue(emitted.file("config/rhc-probe.sh").content().contains("-h 127.0.0.1 "), "the probes use loopback");
    assertEquals(List.of("127.0.0.1"), certificate.getSpec().getIpAddresses());
    assertEquals(names(spec).tlsSecret().orElseThrow(), certificate.getSpec().getSecretName());
    assertEquals("ClusterIssuer", certificate.getSpec().getIssuerRef().getKind());
    assertTrue(emitted.file(Certificates.FILE).content().contains("\n  duration: 2160h\n  renewBefore: 720h\n"),
        "90d and 30d as Go durations");
  }

  @Test
  void dataNodesAndSentinelsMountTheSecretWhereTheirConfigsReadIt() throws IOException {
    for (String name : List.of("odoo-compose+tls-cert-manager", "homelab-k8s+tls-secret")) {
      Spec spec = Cases.VARIANTS.get(name).spec();
      Emitted emitted = Emitted.of(spec);
      String secret = names(spec).tlsSecret().orElseThrow();
      List<String> sets = new ArrayList<>(List.of(DataStatefulSet.FILE));
      if (names(spec).dedicatedSentinels()) {
        sets.add(SentinelStatefulSet.FILE);
      }
      for (String file : sets) {
        StatefulSet set = (StatefulSet) StrictManifests.decode(emitted.file(file).content()).get(0);
        PodSpec pod = set.getSpec().getTemplate().getSpec();
        Volume tls = volume(pod, "tls");
        assertEquals(secret, tls.getSecret().getSecretName(), name + " " + file);
        assertEquals(0440, tls.getSecret().getDefaultMode(), "owner and group read the key, nobody else");
        assertEquals(pod.getSecurityContext().getRunAsGroup(), pod.getSecurityContext().getFsGroup(),
            "the Secret's files belong to the group the servers run as");
        List<Container> containers = new ArrayList<>(pod.getInitContainers());
        containers.addAll(pod.getContainers());
        for (Container c : containers) {
          VolumeMount mount = mount(c, "tls");
          assertEquals(Names.TLS_DIR, mount.getMountPath(), c.getName());
          assertEquals(Boolean.TRUE, mount.getReadOnly(), c.getName());
        }
      }
      for (String conf : List.of("config/redis.conf", "config/sentinel.conf")) {
        String text = emitted.file(conf).content();
        for (String key : List.of("tls.crt", "tls.key", "ca.crt")) {
          assertTrue(text.contains(" " + Names.TLS_DIR + "/" + key + "\n"), conf + " reads " + key);
        }
        assertTrue(text.contains("\nport 0\n"), conf + " closes the plaintext port");
      }
      assertTrue(emitted.file("config/cluster.env").content().contains("RHC_TLS_CA='" + Names.TLS_DIR + "/ca.crt'"));
      assertEquals(names(spec).tlsSecret().equals(spec.tls().certificateSecret()),
          emitted.files().stream().noneMatch(a -> a.path().equals(Certificates.FILE)),
          "a Certificate exactly when rhc asks cert-manager for one");
    }
  }

  @Test
  void haproxyMountsTheCaOnlyAndVerifiesEveryServerWithIt() throws IOException {
    Emitted emitted = Emitted.of(DEDICATED.spec());
    Deployment haproxy = (Deployment) StrictManifests.decode(emitted.file(HaproxyDeployment.FILE).content()).get(0);
    PodSpec pod = haproxy.getSpec().getTemplate().getSpec();
    Volume tls = volume(pod, "tls");
    assertEquals(1, tls.getSecret().getItems().size());
    assertEquals("ca.crt", tls.getSecret().getItems().get(0).getKey());
    assertEquals(Names.TLS_DIR, mount(pod.getContainers().get(0), "tls").getMountPath());
    String cfg = emitted.file("haproxy/haproxy.cfg").content();
    long checks = cfg.lines().filter(l -> l.contains("tcp-check connect")).count();
    assertTrue(checks > 0);
    assertEquals(checks, cfg.lines().filter(l -> l.equals("  tcp-check connect ssl")).count(), "every check uses TLS");
    assertEquals(checks, cfg.lines().filter(l -> l.contains("verify required ca-file " + Names.TLS_DIR + "/ca.crt"))
        .count(), "every checked server is verified against the mounted CA");
  }

  @Test
  void anUnknownFieldInTheCertificateIsRejected() {
    String certificate = Emitted.of(DEDICATED.spec()).file(Certificates.FILE).content()
        .replace("  secretName: ", "  secretNamee: x\n  secretName: ");
    assertThrows(IOException.class, () -> StrictManifests.decode(certificate));
  }

  private static Names names(Spec spec) {
    return Names.of(spec);
  }

  private static Volume volume(PodSpec pod, String name) {
    Volume v = pod.getVolumes().stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
    assertNotNull(v, "volume " + name);
    return v;
  }

  private static VolumeMount mount(Container c, String name) {
    VolumeMount m = c.getVolumeMounts().stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
    assertNotNull(m, c.getName() + " mounts " + name);
    return m;
  }
}
