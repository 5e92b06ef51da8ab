package io.rhc.target.systemd;

import io.rhc.emit.runtime.Peers;
import io.rhc.emit.scrape.ScrapeJob;
import io.rhc.model.Spec;
import java.util.List;
import java.util.Optional;

/**
 * Everything the host bundles share, checked once.
 *
 * @param backup the destination directory and the {@code OnCalendar=} expression, when backups are on
 * @param scrapeJobs the jobs of prometheus.yml (none with the exporter off)
 */
record Cluster(Spec spec, ClusterPaths paths, Peers peers, Secrets secrets, UnitTimings timings,
    Optional<Backup> backup, List<ScrapeJob> scrapeJobs) {

  record Backup(String destination, String onCalendar) {}

  String name() {
    return spec.name();
  }
}
