package io.rhc.target.systemd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts a 5-field cron schedule to a systemd {@code OnCalendar=} expression. */
final class OnCalendar {
  private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final Pattern STEP = Pattern.compile("(\\*|[0-9]+)/([0-9]+)");
  private static final Pattern RANGE = Pattern.compile("([0-9]+)-([0-9]+)");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private OnCalendar() {}

  /** The expression, or a reason the schedule has no systemd equivalent. */
  record Result(Optional<String> expression, String problem) {
    static Result of(String expression) {
      return new Result(Optional.of(expression), "");
    }

    static Result fail(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }

  static Result fromCron(String cron) {
    String[] f = cron.trim().split("\\s+");
    if (f.length != 5) {
      return Result.fail("a cron schedule has 5 fields, `" + cron + "` has " + f.length);
    }
    if (!f[2].equals("*") && !f[4].equals("*")) {
      return Result.fail("cron runs when either the day of month or the weekday matches; systemd needs both");
    }
    try {
      String date = "*-" + field(f[3], 1, 12) + "-" + field(f[2], 1, 31);
      String time = field(f[1], 0, 23) + ":" + field(f[0], 0, 59) + ":00";
      String days = f[4].equals("*") ? "" : weekdays(f[4]) + " ";
      return Result.of(days + date + " " + time);
    } catch (IllegalArgumentException e) {
      return Result.fail(e.getMessage());
    }
  }

  private static String field(String text, int min, int max) {
    List<String> parts = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      parts.add(item(item, min, max));
    }
    return String.join(",", parts);
  }

  private static String item(String item, int min, int max) {
    if (item.equals("*")) {
      return "*";
    }
    Matcher step = STEP.matcher(item);
    if (step.matches()) {
      String start = step.group(1).equals("*") ? Integer.toString(min) : checked(step.group(1), min, max);
      return pad(start) + "/" + positive(step.group(2), item);
    }
    Matcher range = RANGE.matcher(item);
    if (range.matches()) {
      return pad(checked(range.group(1), min, max)) + ".." + pad(checked(range.group(2), min, max));
    }
    if (NUMBER.matcher(item).matches()) {
      return pad(checked(item, min, max));
    }
    throw new IllegalArgumentException("`" + item + "` has no systemd calendar equivalent");
  }

  private static String weekdays(String text) {
    List<String> parts = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      Matcher range = RANGE.matcher(item);
      if (range.matches() && range.group(1).equals("0") && !range.group(2).equals("0")) {
        // systemd weeks start on Monday: cron's 0-N (Sunday first) becomes Sun,Mon..N
        parts.add("Sun");
        parts.add(range.group(2).equals("1") ? "Mon" : "Mon.." + day(range.group(2)));
      } else if (range.matches()) {
        parts.add(day(range.group(1)) + ".." + day(range.group(2)));
      } else if (NUMBER.matcher(item).matches()) {
        parts.add(day(item));
      } else {
        throw new IllegalArgumentException("weekday `" + item + "` has no systemd calendar equivalent");
      }
    }
    return String.join(",", parts);
  }

  private static String day(String number) {
    return DAYS[Integer.parseInt(checked(number, 0, 7))];
  }

  private static String checked(String number, int min, int max) {
    int n = Integer.parseInt(number);
    if (n < min || n > max) {
      throw new IllegalArgumentException("`" + number + "` is outside " + min + "-" + max);
    }
    return Integer.toString(n);
  }

  private static String positive(String number, String item) {
    if (Integer.parseInt(number) == 0) {
      throw new IllegalArgumentException("`" + item + "` repeats every 0");
    }
    return number;
  }

  private static String pad(String number) {
    return number.length() == 1 ? "0" + number : number;
  }
}
