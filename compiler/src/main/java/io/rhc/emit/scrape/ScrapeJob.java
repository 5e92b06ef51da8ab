package io.rhc.emit.scrape;

import java.util.List;

/**
 * One scrape job of {@code prometheus.yml}.
 *
 * @param name the {@code job_name}, unique across clusters (it starts with the cluster name)
 * @param scrapes what the targets are, for people reading the file
 * @param path the metrics path
 * @param targets {@code host:port} of every instance, in spec order
 */
public record ScrapeJob(String name, String scrapes, String path, List<String> targets) {
  public ScrapeJob {
    targets = List.copyOf(targets);
  }
}
