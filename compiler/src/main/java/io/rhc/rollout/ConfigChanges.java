package io.rhc.rollout;

import io.rhc.engine.ConfigDirectives;
import io.rhc.engine.EngineLine;
import io.rhc.engine.KnownDirective;
import io.rhc.model.ConfigDirective;
import io.rhc.model.Spec;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code engine.config} and {@code sentinel.config} entries: a directive the engine can change at run time is set
 * live on every data node; one it reads only at start (or one removed, whose default only a restart brings back)
 * takes a rolling restart. Sentinels take no {@code CONFIG SET}: they restart one at a time.
 */
final class ConfigChanges {
  private static final String ENGINE = "spec.engine.config";
  private static final String SENTINEL = "spec.sentinel.config";

  private ConfigChanges() {}

  static boolean covers(String pattern) {
    return pattern.startsWith(ENGINE) || pattern.startsWith(SENTINEL);
  }

  static Optional<ClassifiedChange> classify(SettingChange change, Spec after) {
    String path = change.path();
    if (path.equals(ENGINE) || path.equals(SENTINEL)) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.FILES, "The directives are listed one by one."));
    }
    if (path.startsWith(SENTINEL + ".")) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.ROLLING, "Sentinels read sentinel.config only at"
          + " start (rhc-init.sh writes it into sentinel.conf): they restart one at a time."));
    }
    if (!path.startsWith(ENGINE + ".")) {
      return Optional.empty();
    }
    String name = path.substring(ENGINE.length() + 1);
    Optional<ConfigDirective> now = after.engine().config().stream().filter(d -> d.name().equals(name)).findFirst();
    if (now.isEmpty()) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.ROLLING, "`" + name + "` is no longer set: a"
          + " restart returns it to the engine's default, which rhc does not guess for CONFIG SET."));
    }
    Optional<KnownDirective> known = ConfigDirectives.find(name);
    EngineLine line = EngineLine.of(after.engine().type(), after.engine().version());
    if (known.isEmpty() || known.get().immutableIn(line)) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.ROLLING, "`" + name + "` is read only at start"
          + " (CONFIG SET refuses it): the nodes restart with it, replicas first."));
    }
    String command = "CONFIG SET " + name + " " + argument(now.get());
    return Optional.of(new ClassifiedChange(change, ChangeKind.LIVE, command + " on every data node",
        Optional.of(new Live(Live.Scope.NODES, command))));
  }

  /** The value as one {@code CONFIG SET} argument: several lines join into one, quoted when it has spaces. */
  private static String argument(ConfigDirective directive) {
    String value = directive.values().stream().collect(Collectors.joining(" "));
    return value.isEmpty() || value.contains(" ") ? "\"" + value + "\"" : value;
  }
}
