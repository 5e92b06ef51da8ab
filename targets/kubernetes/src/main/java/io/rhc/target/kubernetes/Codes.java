package io.rhc.target.kubernetes;

/** Stable diagnostic codes of the kubernetes target ({@code RHC52xx}); RHC5202 (co-located count) is the resolver's RHC0201. */
final class Codes {
  static final String SECRET_NOT_KUBERNETES = "RHC5201";
  static final String NO_DISRUPTION_BUDGET = "RHC5203";
  static final String SHORT_GRACE_PERIOD = "RHC5204";
  static final String ALERTS_WITHOUT_EXPORTER = "RHC5205";
  static final String BACKUP_DESTINATION = "RHC5206";
  static final String NO_CLIENT_NAMESPACES = "RHC5207";
  static final String MONITOR_WITHOUT_EXPORTER = "RHC5208";

  private Codes() {}
}
