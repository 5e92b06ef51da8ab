package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.emit.Artifact;
import io.rhc.testkit.ExampleSpec;
import io.rhc.testkit.ScrapeJobs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the exporter on, prometheus.yml beside the host bundles scrapes each data node's host on the exporter
 * port (where RHC5310 tells the user to run redis_exporter) and each proxy host on HAProxy's stats port; every
 * host's README names what is scraped on it, and promtool accepts the file.
 */
class ScrapeConfigTest {
  private final List<Artifact> veza = Bundles.emit(ExampleSpec.of("veza-systemd")
      .set("spec.monitoring.exporter.enabled", true).set("spec.monitoring.scrapeInterval", "15s").spec());

  @Test
  void theJobsNameTheHostsOfTheirRoles() {
    Map<String, ScrapeJobs.Job> jobs = ScrapeJobs.of(file("prometheus.yml"));
    assertEquals(List.of("redis-1.lxd:9121", "redis-2.lxd:9121", "redis-3.lxd:9121"),
        jobs.get("veza-redis").targets());
    assertEquals(List.of("redis-1.lxd:9101", "redis-2.lxd:9101", "redis-3.lxd:9101"),
        jobs.get("veza-haproxy").targets());
    assertEquals(List.of("veza-redis", "veza-haproxy"), List.copyOf(jobs.keySet()));
    for (ScrapeJobs.Job job : jobs.values()) {
      assertEquals("15s", job.interval());
      assertEquals(Map.of("cluster", "veza"), job.labels());
    }
    String haproxyCfg = file("redis-1.lxd/etc/redis-ha/veza/haproxy/haproxy.cfg");
    assertTrue(haproxyCfg.contains("frontend stats\n  mode http\n  bind :9101\n"), haproxyCfg);
  }

  @Test
  void everyHostsReadmeNamesItsEndpoints() {
    for (String host : List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd")) {
      String readme = file(host + "/README.txt");
      assertTrue(readme.contains("  " + host + ":9121/metrics  redis_exporter"), readme);
      assertTrue(readme.contains("  " + host + ":9101/metrics  HAProxy"), readme);
      assertTrue(readme.contains("listening on\nport 9121 and reading the local redis-server on port 6379"), readme);
    }
  }

  @Test
  void promtoolAcceptsTheFile(@TempDir Path dir) throws Exception {
    Programs.require("promtool");
    Bundles.write(veza, dir);
    Programs.Result check = Programs.run(Map.of(), dir, "promtool", "check", "config", "prometheus.yml");
    assertEquals(0, check.exit(), check.all());
    assertTrue(check.all().contains("SUCCESS"), check.all());
  }

  @Test
  void withoutTheExporterThereIsNoFileAndNoMetricsSection() {
    List<Artifact> plain = Bundles.emit(ExampleSpec.spec("veza-systemd"));
    assertTrue(plain.stream().noneMatch(a -> a.path().equals("prometheus.yml")));
    assertTrue(plain.stream().filter(a -> a.path().endsWith("/README.txt"))
        .noneMatch(a -> a.content().contains("Metrics")));
  }

  private String file(String path) {
    return veza.stream().filter(a -> a.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + veza.stream().map(Artifact::path).toList()))
        .content();
  }
}
