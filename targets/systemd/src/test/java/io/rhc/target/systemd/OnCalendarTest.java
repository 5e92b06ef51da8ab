package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnCalendarTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "daily-at-three       | 0 3 * * *       | *-*-* 03:00:00",
      "sunday-at-three      | 0 3 * * 0       | Sun *-*-* 03:00:00",
      "every-15-minutes     | */15 * * * *    | *-*-* *:00/15:00",
      "weekdays-range       | 30 2 * * 1-5    | Mon..Fri *-*-* 02:30:00",
      "sunday-first-range   | 0 4 * * 0-2     | Sun,Mon..Tue *-*-* 04:00:00",
      "first-of-month-list  | 0 1,13 1 * *    | *-*-01 01,13:00:00",
      "both-days-restricted | 0 3 1 * 0       | ",
      "out-of-range-hour    | 0 24 * * *      | ",
      "range-with-step      | 0 1-5/2 * * *   | "})
  void convertsOrRefuses(String name, String cron, String expected) {
    assertEquals(expected == null ? "" : expected, OnCalendar.fromCron(cron).expression().orElse(""));
  }
}
