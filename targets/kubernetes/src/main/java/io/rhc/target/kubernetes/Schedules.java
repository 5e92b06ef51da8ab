package io.rhc.target.kubernetes;

import java.time.Duration;

/** How often a cron schedule fires, roughly, to tell when a backup is overdue. */
final class Schedules {
  private Schedules() {}

  /**
   * The longest gap a five-field schedule (the only form the schema admits) can leave, rounded up
   * to an hour, a day, a week or a month.
   */
  static Duration approximateInterval(String schedule) {
    String[] f = schedule.trim().split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException("not a five-field cron schedule: " + schedule);
    }
    if (!f[2].equals("*") || !f[3].equals("*")) {
      return Duration.ofDays(31);
    }
    if (!f[4].equals("*")) {
      return Duration.ofDays(7);
    }
    if (!f[1].equals("*")) {
      return Duration.ofDays(1);
    }
    return Duration.ofHours(1);
  }
}
