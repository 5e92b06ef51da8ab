package io.rhc.cli;

import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns {@code --target} values (ids or {@code all}) into targets, or a usage error. */
final class TargetSelection {
  private TargetSelection() {}

  static List<Target> select(List<String> ids, CommandLine cmd) {
    TargetRegistry registry = TargetRegistry.load();
    if (ids.contains("all")) {
      return registry.all();
    }
    List<Target> selected = new ArrayList<>();
    for (String id : ids) {
      Target target = registry.find(id).orElseThrow(() -> new ParameterException(cmd,
          "Unknown target '" + id + "'. Known targets: " + String.join(", ", registry.ids()) + ", all"));
      if (!selected.contains(target)) {
        selected.add(target);
      }
    }
    return selected;
  }
}
