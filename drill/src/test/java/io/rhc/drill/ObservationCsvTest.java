package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationCsvTest {
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("sentinel-event", "\"pmessage\",\"*\",\"+switch-master\",\"veza-master redis-1.lxd 6379 "
            + "redis-2.lxd 6379\"", List.of("pmessage", "*", "+switch-master",
                "veza-master redis-1.lxd 6379 redis-2.lxd 6379")),
        Arguments.of("subscribe-reply", "\"psubscribe\",\"*\",1", List.of("psubscribe", "*", "1")),
        Arguments.of("escaped-quote-and-comma", "\"a\\\"b\",\"c,d\"", List.of("a\"b", "c,d")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void splitsRedisCliCsv(String name, String line, List<String> fields) {
    assertEquals(fields, Observation.csv(line));
  }
}
