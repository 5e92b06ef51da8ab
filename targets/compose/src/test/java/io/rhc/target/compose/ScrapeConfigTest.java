package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.testkit.ExampleSpec;
import io.rhc.testkit.ScrapeJobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * prometheus.yml scrapes every exporter and proxy of the project by the host names compose.yaml gives them,
 * on the ports they listen on; promtool accepts it as a configuration and README.txt lists the same targets.
 */
class ScrapeConfigTest {
  private static final Pattern STATS_BIND = Pattern.compile("(?m)^frontend stats\\n  mode http\\n  bind :(\\d+)$");

  @Test
  void theJobsNameTheExportersAndProxiesOfComposeYaml() {
    Emitted homelab = Emitted.example("homelab-k8s");
    Map<String, ScrapeJobs.Job> jobs = ScrapeJobs.of(homelab.file("prometheus.yml"));
    assertEquals(List.of("redis-v2-redis", "redis-v2-haproxy"), List.copyOf(jobs.keySet()));

    List<String> exporters = new ArrayList<>();
    List<String> proxies = new ArrayList<>();
    Matcher stats = STATS_BIND.matcher(homelab.file("haproxy/haproxy.cfg"));
    assertTrue(stats.find(), "haproxy.cfg binds its stats frontend");
    assertTrue(homelab.file("haproxy/haproxy.cfg").contains("use-service prometheus-exporter if { path /metrics }"));
    for (Map<String, Object> service : services(homelab.file("compose.yaml")).values()) {
      String host = (String) service.get("hostname");
      String image = (String) service.get("image");
      if (image.startsWith("oliver006/redis_exporter:")) {
        @SuppressWarnings("unchecked")
        String listen = ((Map<String, String>) service.get("environment")).get("REDIS_EXPORTER_WEB_LISTEN_ADDRESS");
        exporters.add(host + listen);
      } else if (image.startsWith("haproxy:")) {
        proxies.add(host + ":" + stats.group(1));
      }
    }
    assertEquals(3, exporters.size());
    assertEquals(exporters, jobs.get("redis-v2-redis").targets());
    assertEquals(3, proxies.size());
    assertEquals(proxies, jobs.get("redis-v2-haproxy").targets());
    for (ScrapeJobs.Job job : jobs.values()) {
      assertEquals("/metrics", job.path());
      assertEquals("30s", job.interval());
      assertEquals(Map.of("cluster", "redis-v2"), job.labels());
    }
  }

  @Test
  void theReadmeListsEveryTargetAndTheNetworkPrometheusJoins() {
    Emitted homelab = Emitted.example("homelab-k8s");
    String readme = homelab.file("README.txt");
    for (ScrapeJobs.Job job : ScrapeJobs.of(homelab.file("prometheus.yml")).values()) {
      job.targets().forEach(t -> assertTrue(readme.contains("      " + t + "\n"), t));
    }
    assertTrue(readme.contains("Docker network redis-v2_redis "), readme);
  }

  @Test
  void promtoolAcceptsTheFile(@TempDir Path dir) throws Exception {
    Programs.require("promtool");
    Path project = Emitted.example("homelab-k8s").writeTo(dir.resolve("project"));
    Programs.Result check = Programs.run(project, List.of("promtool", "check", "config", "prometheus.yml"), 60);
    assertEquals(0, check.exit(), check.output());
    assertTrue(check.output().contains("SUCCESS"), check.output());
  }

  @Test
  void aClusterNameYamlReadsAsABooleanStaysAString() {
    Emitted on = Emitted.of(ExampleSpec.of("homelab-k8s").set("metadata.name", "on")
        .set("spec.monitoring.scrapeInterval", "1m").spec());
    ScrapeJobs.Job job = ScrapeJobs.of(on.file("prometheus.yml")).get("on-redis");
    assertEquals(Map.of("cluster", "on"), job.labels());
    assertEquals("1m", job.interval());
  }

  @Test
  void withoutTheExporterThereIsNothingToScrape() {
    Emitted odoo = Emitted.example("odoo-compose");
    assertTrue(odoo.artifacts().stream().noneMatch(a -> a.path().equals("prometheus.yml")));
    assertFalse(odoo.file("README.txt").contains("Metrics"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services(String composeYaml) {
    Map<String, Object> root = new Yaml().load(composeYaml);
    return (Map<String, Map<String, Object>>) root.get("services");
  }
}
