package io.rhc.rollout;

import io.rhc.model.Spec;
import java.util.Optional;
import java.util.function.Function;

/**
 * How changes at a path are applied. {@code pattern} is a path with list indices as {@code []}, exact, or a
 * section ending in {@code .*}; {@code why} and {@code live} read the new spec.
 */
record Rule(String pattern, ChangeKind kind, Function<Spec, String> why, Function<Spec, Optional<Live>> live) {
  boolean matches(String path) {
    if (pattern.endsWith(".*")) {
      String section = pattern.substring(0, pattern.length() - 2);
      return path.equals(section) || path.startsWith(section + ".") || path.startsWith(section + "[");
    }
    return path.equals(pattern);
  }

  ClassifiedChange apply(SettingChange change, Spec after) {
    return new ClassifiedChange(change, kind, why.apply(after), live.apply(after));
  }

  static Rule of(String pattern, ChangeKind kind, String why) {
    return new Rule(pattern, kind, s -> why, s -> Optional.empty());
  }

  /** {@code CONFIG SET} of {@code directive} on the nodes of {@code scope}; {@code note} says what to watch. */
  static Rule configSet(String pattern, Live.Scope scope, Function<Spec, String> directive, String note) {
    return new Rule(pattern, ChangeKind.LIVE, s -> "CONFIG SET " + directive.apply(s) + " on "
        + switch (scope) {
          case NODES -> "every data node";
          case MASTER -> "the master";
          case REPLICAS -> "every replica";
          case SENTINELS, NODE_SCRIPT -> throw new IllegalArgumentException("not a CONFIG SET scope: " + scope);
        } + (note.isEmpty() ? "" : " (" + note + ")"),
        s -> Optional.of(new Live(scope, "CONFIG SET " + directive.apply(s))));
  }

  static Rule configSet(String pattern, Function<Spec, String> directive) {
    return configSet(pattern, Live.Scope.NODES, directive, "");
  }

  static Rule sentinelSet(String pattern, Function<Spec, String> option) {
    return new Rule(pattern, ChangeKind.LIVE, s -> "SENTINEL SET " + s.sentinel().masterName() + " "
        + option.apply(s) + " on every sentinel",
        s -> Optional.of(new Live(Live.Scope.SENTINELS, "SENTINEL SET " + s.sentinel().masterName() + " "
            + option.apply(s))));
  }

  static Rule sentinelConfig(String pattern, Function<Spec, String> option, String note) {
    return new Rule(pattern, ChangeKind.LIVE, s -> "SENTINEL CONFIG SET " + option.apply(s) + " on every sentinel"
        + (note.isEmpty() ? "" : ", " + note),
        s -> Optional.of(new Live(Live.Scope.SENTINELS, "SENTINEL CONFIG SET " + option.apply(s))));
  }
}
