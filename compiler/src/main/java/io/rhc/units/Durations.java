package io.rhc.units;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as a whole number with one unit: {@code ms s m h d}. */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("([0-9]+)([a-zA-Z]*)");

  private Durations() {}

  public static Duration parse(String text) throws UnitException {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new UnitException("`" + text + "` is not a duration",
          "Write a whole number with one unit, for example `1500ms`, `5s`, `30m` or `1h`.");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      case "" -> throw new UnitException("`" + text + "` has no unit",
          "Add a unit: `" + n + "s` for seconds or `" + n + "ms` for milliseconds.");
      default -> throw new UnitException("`" + text + "` has an unknown unit `" + m.group(2) + "`",
          "Use `ms`, `s`, `m` (minutes), `h` or `d`, for example `" + n + "s`.");
    };
  }

  /** Shortest exact form: {@code 1500ms}, {@code 5s}, {@code 30m}, {@code 1h}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms != 0 && ms % 86_400_000L == 0) {
      return ms / 86_400_000L + "d";
    }
    if (ms != 0 && ms % 3_600_000L == 0) {
      return ms / 3_600_000L + "h";
    }
    if (ms != 0 && ms % 60_000L == 0) {
      return ms / 60_000L + "m";
    }
    if (ms % 1000L == 0) {
      return ms / 1000L + "s";
    }
    return ms + "ms";
  }
}
