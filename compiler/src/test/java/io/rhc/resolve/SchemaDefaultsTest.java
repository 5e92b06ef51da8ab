package io.rhc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.path.SpecPath;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaDefaultsTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("default-beside-ref", "spec.nodes.port", Optional.of("6379")),
        Arguments.of("empty-object-beside-ref", "spec.persistence.rdb", Optional.of("{}")),
        Arguments.of("default-inside-referenced-definition", "spec.persistence.rdb.enabled", Optional.of("true")),
        Arguments.of("default-on-the-definition-itself", "spec.sentinel", Optional.of("{}")),
        Arguments.of("list-default", "spec.persistence.rdb.savePoints", Optional.of(
            "[{\"after\":\"900s\",\"changes\":1},{\"after\":\"300s\",\"changes\":100},"
                + "{\"after\":\"60s\",\"changes\":10000}]")),
        Arguments.of("item-of-default-list-has-no-own-default", "spec.persistence.rdb.savePoints[2].changes",
            Optional.empty()),
        Arguments.of("no-default-for-derived-value", "spec.memory.maxmemory", Optional.empty()),
        Arguments.of("no-default-for-required-value", "spec.memory.limit", Optional.empty()),
        Arguments.of("unknown-key", "spec.nodes.colour", Optional.empty()),
        Arguments.of("map-value-without-default", "metadata.labels.team", Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheSchemaDefault(String name, String path, Optional<String> expected) {
    assertEquals(expected, SchemaDefaults.instance().defaultAt(SpecPath.parse(path)).map(Object::toString));
  }
}
