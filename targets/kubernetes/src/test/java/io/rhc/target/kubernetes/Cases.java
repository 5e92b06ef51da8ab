package io.rhc.target.kubernetes;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Named specs for table tests: every example, and the variants. */
final class Cases {
  private Cases() {}

  static Stream<Arguments> all() {
    Map<String, Supplier<ExampleSpecs>> all = new TreeMap<>(ExampleSpecs.EXAMPLES);
    all.putAll(ExampleSpecs.VARIANTS);
    return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /** The cases the target compiles without an error. */
  static Stream<Arguments> deployable() {
    return all().filter(a -> {
      @SuppressWarnings("unchecked")
      Supplier<ExampleSpecs> spec = (Supplier<ExampleSpecs>) a.get()[1];
      return !Emitted.of(spec.get().build()).diagnostics().hasErrors();
    });
  }
}
