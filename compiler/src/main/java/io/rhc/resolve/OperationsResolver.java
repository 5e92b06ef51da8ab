package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Backup;
import io.rhc.model.BackupDestination;
import io.rhc.model.Exporter;
import io.rhc.model.MonitorKind;
import io.rhc.model.Monitoring;
import io.rhc.model.NetworkPolicy;
import io.rhc.model.Placement;
import io.rhc.model.PrometheusOperator;
import io.rhc.model.Spread;
import io.rhc.path.SpecPath;
import io.rhc.units.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeMap;

/** Day-two settings: {@code monitoring}, {@code backup}, {@code placement} and {@code networkPolicy}. */
final class OperationsResolver {
  private OperationsResolver() {}

  /** Below this Prometheus spends more on scraping than the metrics tell; zero would mean its global default. */
  static final Duration MIN_SCRAPE_INTERVAL = Duration.ofSeconds(1);

  static Monitoring monitoring(SpecReader reader, Diagnostics diagnostics) {
    SpecPath at = SPEC.at("monitoring");
    SpecPath exporter = at.at("exporter");
    Duration interval = reader.duration(at.at("scrapeInterval"));
    if (interval.compareTo(MIN_SCRAPE_INTERVAL) < 0) {
      diagnostics.add(Diagnostic.error("RHC0216", at.at("scrapeInterval"),
          "`scrapeInterval` " + Durations.format(interval) + " is below 1s",
          "Scrape every `" + Durations.format(MIN_SCRAPE_INTERVAL) + "` or more; `30s` suits most clusters."));
    }
    return new Monitoring(new Exporter(reader.flag(exporter.at("enabled")), reader.text(exporter.at("image")),
        reader.integer(exporter.at("port"))), reader.flag(at.at("alerts")), interval,
        prometheusOperator(reader, at.at("prometheusOperator")));
  }

  private static PrometheusOperator prometheusOperator(SpecReader reader, SpecPath at) {
    MonitorKind monitor = reader.read(at.at("monitor"), node -> MonitorKind.fromId(node.asString()));
    SpecPath labelsAt = at.at("labels");
    TreeMap<String, String> labels = new TreeMap<>();
    for (String key : reader.keys(labelsAt)) {
      labels.put(key, reader.text(labelsAt.at(key)));
    }
    if (labels.isEmpty()) {
      reader.count(labelsAt); // records the empty map as a leaf
    }
    return new PrometheusOperator(monitor, labels);
  }

  static Backup backup(SpecReader reader) {
    SpecPath at = SPEC.at("backup");
    return new Backup(reader.flag(at.at("enabled")), reader.text(at.at("schedule")),
        reader.duration(at.at("retention")), destination(reader, at.at("destination")),
        reader.optionalText(at.at("pushgateway")));
  }

  private static Optional<BackupDestination> destination(SpecReader reader, SpecPath at) {
    if (reader.inFile(at.at("nfs"))) {
      return Optional.of(new BackupDestination.Nfs(reader.text(at.at("nfs").at("server")),
          reader.text(at.at("nfs").at("path"))));
    }
    if (reader.inFile(at.at("path"))) {
      return Optional.of(new BackupDestination.HostPath(reader.text(at.at("path"))));
    }
    if (reader.inFile(at.at("volumeClaim"))) {
      return Optional.of(new BackupDestination.VolumeClaim(reader.text(at.at("volumeClaim"))));
    }
    return Optional.empty();
  }

  static Placement placement(SpecReader reader) {
    SpecPath at = SPEC.at("placement");
    return new Placement(reader.choice(at.at("spread"), Spread.class), reader.flag(at.at("required")),
        reader.texts(at.at("avoidNodes")));
  }

  static NetworkPolicy networkPolicy(SpecReader reader) {
    SpecPath at = SPEC.at("networkPolicy");
    return new NetworkPolicy(reader.flag(at.at("enabled")), reader.texts(at.at("allowNamespaces")));
  }
}
