package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.model.Drill;
import io.rhc.path.SpecPath;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** {@code spec.drill}: the default scenarios of {@code rhc drill} and its objectives. */
final class DrillResolver {
  private static final SpecPath DRILL = SPEC.at("drill");

  private DrillResolver() {}

  static Drill resolve(SpecReader reader) {
    SpecPath objectives = DRILL.at("objectives");
    Map<String, Duration> unavailability = new TreeMap<>();
    for (String key : reader.keys(objectives.at("maxUnavailability"))) {
      unavailability.put(key, reader.duration(objectives.at("maxUnavailability").at(key)));
    }
    Map<String, Integer> lost = new TreeMap<>();
    for (String key : reader.keys(objectives.at("maxLostWrites"))) {
      lost.put(key, reader.integer(objectives.at("maxLostWrites").at(key)));
    }
    return new Drill(reader.texts(DRILL.at("scenarios")), unavailability, lost);
  }
}
