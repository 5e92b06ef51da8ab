package io.rhc.target.systemd;

/** Stable diagnostic codes of the systemd target ({@code RHC53xx}); RHC5304 (host roles) moved to the resolver (RHC0208). */
final class Codes {
  static final String NO_HOSTS = "RHC5301";
  static final String SECRET_NOT_FILE = "RHC5302";
  static final String RESTART_WIPES_DATA = "RHC5303";
  static final String BACKUP_DESTINATION = "RHC5305";
  static final String BACKUP_SCHEDULE = "RHC5306";
  static final String PORT_CLASH = "RHC5307";
  static final String UNSUPPORTED_FEATURE = "RHC5310";

  private Codes() {}
}
