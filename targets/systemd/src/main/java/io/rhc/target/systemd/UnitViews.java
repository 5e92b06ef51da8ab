package io.rhc.target.systemd;

import java.util.List;
import java.util.Optional;

/** View records of the unit templates. */
final class UnitViews {
  private UnitViews() {}

  record Env(String name, String value) {}

  record Redis(String cluster, String host, int node, String configDir, String stateDir, String dataDir,
      List<Env> environment, long timeoutStartSec, long timeoutStopSec, String restart, String restartSec,
      String memoryMax) {}

  record Sentinel(String cluster, String host, int sentinel, String configDir, String stateDir,
      List<Env> environment, long timeoutStartSec, String memoryMax) {}

  record Haproxy(String cluster, String host, String config, Optional<String> environmentFile) {}

  record BackupService(String cluster, String host, int node, String destination, String script,
      List<Env> environment) {}

  record BackupTimer(String cluster, int node, String cron, String onCalendar, String service) {}

  record BackupScript(String cluster, String host, int node, int port, String destination, String retention,
      long retentionMinutes) {}
}
