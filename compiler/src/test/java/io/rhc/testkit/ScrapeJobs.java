package io.rhc.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A generated prometheus.yml read back with SnakeYAML: its jobs by name, as Prometheus would read them. */
public final class ScrapeJobs {
  /** One static job; {@code labels} are those of its one static_config. */
  public record Job(String path, String interval, List<String> targets, Map<String, Object> labels) {}

  private ScrapeJobs() {}

  /** The jobs in file order; fails on any key a job of this shape does not have. */
  @SuppressWarnings("unchecked")
  public static Map<String, Job> of(String prometheusYml) {
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(prometheusYml);
    if (!root.keySet().equals(Set.of("scrape_configs"))) {
      throw new AssertionError("only scrape_configs expected: " + root.keySet());
    }
    Map<String, Job> jobs = new LinkedHashMap<>();
    for (Map<String, Object> job : (List<Map<String, Object>>) root.get("scrape_configs")) {
      if (!job.keySet().equals(Set.of("job_name", "scrape_interval", "metrics_path", "static_configs"))) {
        throw new AssertionError("unexpected keys in a job: " + job.keySet());
      }
      List<Map<String, Object>> statics = (List<Map<String, Object>>) job.get("static_configs");
      if (statics.size() != 1) {
        throw new AssertionError("one static_config per job expected: " + statics);
      }
      Object previous = jobs.put((String) job.get("job_name"), new Job((String) job.get("metrics_path"),
          (String) job.get("scrape_interval"), (List<String>) statics.get(0).get("targets"),
          (Map<String, Object>) statics.get(0).get("labels")));
      if (previous != null) {
        throw new AssertionError("job " + job.get("job_name") + " twice");
      }
    }
    return jobs;
  }
}
