package io.rhc.target.compose;

import java.time.Duration;
import java.util.List;

/** A compose healthcheck ({@code test} in exec form). */
record Healthcheck(List<String> test, Duration interval, Duration timeout, int retries, Duration startPeriod) {
  Healthcheck {
    test = List.copyOf(test);
  }
}
