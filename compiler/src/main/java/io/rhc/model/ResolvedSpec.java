package io.rhc.model;

import io.rhc.path.SpecPath;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The typed spec plus, for each leaf value, where it came from. */
public record ResolvedSpec(Spec spec, Map<SpecPath, Origin> origins) {
  public ResolvedSpec {
    origins = Collections.unmodifiableMap(new TreeMap<>(origins));
  }
}
