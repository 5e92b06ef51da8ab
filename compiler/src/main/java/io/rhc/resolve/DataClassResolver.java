package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.DataClass;
import io.rhc.model.DataKind;
import io.rhc.model.Origin;
import io.rhc.model.QueueLibrary;
import io.rhc.path.SpecPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** {@code spec.dataClasses}: what the data is for, which drives the eviction and persistence rules. */
final class DataClassResolver {
  private static final SpecPath DATA_CLASSES = SPEC.at("dataClasses");

  private DataClassResolver() {}

  static List<DataClass> resolve(SpecReader reader, Diagnostics diagnostics) {
    List<DataClass> classes = new ArrayList<>();
    Map<String, Integer> firstByName = new HashMap<>();
    int count = reader.count(DATA_CLASSES);
    for (int i = 0; i < count; i++) {
      SpecPath at = DATA_CLASSES.at(i);
      DataClass dataClass = one(reader, at);
      Integer first = firstByName.putIfAbsent(dataClass.name(), i);
      if (first != null) {
        diagnostics.add(Diagnostic.error("RHC0210", at.at("name"),
            "Data class `" + dataClass.name() + "` is declared twice (first at `dataClasses[" + first + "]`)",
            "Give each data class its own name, or merge the two entries."));
      }
      classes.add(dataClass);
    }
    return classes;
  }

  private static DataClass one(SpecReader reader, SpecPath at) {
    DataKind kind = reader.choice(at.at("kind"), DataKind.class);
    Optional<QueueLibrary> library = reader.optional(at.at("library"),
        node -> SpecReader.enumOf(QueueLibrary.class, node.asString()));
    boolean survive = kind == DataKind.QUEUE || kind == DataKind.STORE;
    boolean mustSurvive = reader.readOr(at.at("mustSurvive"), JsonNode::booleanValue, () -> survive,
        survive ? kind.name().toLowerCase(Locale.ROOT) + " data must survive"
            : kind.name().toLowerCase(Locale.ROOT) + " data can be rebuilt");
    Optional<Duration> blocking = reader.optionalDuration(at.at("blockingTimeout"));
    if (blocking.isEmpty() && library.isPresent() && library.get() != QueueLibrary.OTHER) {
      reader.record(at.at("blockingTimeout"), Origin.derived("default blocking wait of " + library.get().id()));
      blocking = Optional.of(library.get().defaultBlockingTimeout());
    }
    return new DataClass(reader.text(at.at("name")), kind, library, mustSurvive, blocking,
        reader.optionalDuration(at.at("maxTaskDuration")));
  }
}
