package io.rhc.emit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.emit.Artifact;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RHC6006 against compose files with and without undefined networks; findings are {@code artifact:line}. */
class ComposeNetworkCheckTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("list-form-defined", """
            services:
              a:
                image: "redis"
                networks:
                  - "odoo19"
                restart: "no"
            networks:
              odoo19: {}
            """, List.of()),
        Arguments.of("list-form-undefined", """
            services:
              a:
                networks:
                  - odoo19
                  - elsewhere
              b:
                networks:
                  - odoo19
            networks:
              odoo19: {}
            """, List.of("compose.yaml:5")),
        Arguments.of("map-form-with-options", """
            services:
              a:
                networks:
                  front:
                    aliases:
                      - cache
                  back: {}
            networks:
              front:
                driver: bridge
            """, List.of("compose.yaml:7")),
        Arguments.of("no-networks-section", """
            services:
              a:
                networks:
                  - default
                  - redis
            """, List.of("compose.yaml:5")),
        Arguments.of("network-named-like-a-service-key", """
            services:
              networks:
                image: "x"
            networks:
              other: {}
            """, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void finds_undefined_networks(String name, String compose, List<String> expected) {
    List<String> found = new ComposeNetworkCheck().check(List.of(Artifact.file("compose.yaml", compose))).stream()
        .map(f -> f.artifact() + ":" + f.line()).toList();
    assertEquals(expected, found);
  }
}
