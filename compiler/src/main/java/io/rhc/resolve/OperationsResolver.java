package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.model.Backup;
import io.rhc.model.BackupDestination;
import io.rhc.model.Exporter;
import io.rhc.model.Monitoring;
import io.rhc.model.NetworkPolicy;
import io.rhc.model.Placement;
import io.rhc.model.Spread;
import io.rhc.path.SpecPath;
import java.util.Optional;

/** Day-two settings: {@code monitoring}, {@code backup}, {@code placement} and {@code networkPolicy}. */
final class OperationsResolver {
  private OperationsResolver() {}

  static Monitoring monitoring(SpecReader reader) {
    SpecPath at = SPEC.at("monitoring");
    SpecPath exporter = at.at("exporter");
    return new Monitoring(new Exporter(reader.flag(exporter.at("enabled")), reader.text(exporter.at("image")),
        reader.integer(exporter.at("port"))), reader.flag(at.at("alerts")));
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
