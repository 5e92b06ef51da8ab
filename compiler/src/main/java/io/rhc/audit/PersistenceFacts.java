package io.rhc.audit;

import static io.rhc.audit.SpecTree.bool;
import static io.rhc.audit.SpecTree.number;
import static io.rhc.audit.SpecTree.text;

import io.rhc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The persistence and replication directives of a data node's redis.conf that have spec keys: {@code save},
 * {@code appendonly}, {@code appendfsync}, the AOF rewrite thresholds, {@code stop-writes-on-bgsave-error},
 * {@code no-appendfsync-on-rewrite}, {@code repl-diskless-sync} and {@code min-replicas-max-lag}. A directive left
 * out of a complete config is Redis' own default (7.x), marked as such.
 */
final class PersistenceFacts {
  /** Redis 7's {@code save} when the config has no {@code save} line. */
  private static final String REDIS_SAVE = "3600 1 300 100 60 10000";

  private final HostMaterial.Conf conf;
  private final SpecTree tree;
  private final Diagnostics problems;

  private PersistenceFacts(HostMaterial.Conf conf, SpecTree tree, Diagnostics problems) {
    this.conf = conf;
    this.tree = tree;
    this.problems = problems;
  }

  static void apply(HostMaterial.Conf conf, SpecTree tree, Diagnostics problems) {
    new PersistenceFacts(conf, tree, problems).apply();
  }

  private void apply() {
    savePoints();
    flag("appendonly", "persistence.aof.enabled", false);
    conf.last("appendfsync").map(l -> l.arg(1).toLowerCase(Locale.ROOT)).filter(v -> List.of("always", "everysec",
        "no").contains(v)).ifPresentOrElse(v -> tree.shown("persistence.aof.fsync", text(v), valueAt("appendfsync")),
            () -> ifDefault("persistence.aof.fsync", text("everysec")));
    conf.last("auto-aof-rewrite-percentage").flatMap(l -> whole(l)).ifPresentOrElse(
        p -> tree.shown("persistence.aof.rewritePercentage", number(p), valueAt("auto-aof-rewrite-percentage")),
        () -> ifDefault("persistence.aof.rewritePercentage", number(100)));
    conf.last("auto-aof-rewrite-min-size").flatMap(l -> Quantities.redis(l.arg(1))).ifPresentOrElse(
        b -> tree.shown("persistence.aof.rewriteMinSize", text(Quantities.spec(b)), valueAt("auto-aof-rewrite-min-size")),
        () -> ifDefault("persistence.aof.rewriteMinSize", text("64Mi")));
    flag("stop-writes-on-bgsave-error", "persistence.stopWritesOnBgsaveError", true);
    flag("no-appendfsync-on-rewrite", "persistence.noAppendfsyncOnRewrite", false);
    flag("repl-diskless-sync", "replication.disklessSync", true);
    Optional<ConfigLine> lag = conf.last("min-replicas-max-lag").or(() -> conf.last("min-slaves-max-lag"));
    lag.flatMap(this::whole).ifPresentOrElse(
        s -> tree.shown("replication.minReplicasMaxLag", text(s + "s"), valueAt(lag.get())),
        () -> ifDefault("replication.minReplicasMaxLag", text("10s")));
  }

  /** Every {@code save} line in order: the first replaces Redis' default, each adds its points, {@code ""} clears. */
  private void savePoints() {
    List<ConfigLine> lines = conf.lines().stream().filter(l -> l.directive().equals("save")).toList();
    if (lines.isEmpty() && !conf.complete()) {
      return;
    }
    List<String> args = new ArrayList<>();
    if (lines.isEmpty()) {
      args.addAll(List.of(REDIS_SAVE.split(" ")));
    }
    for (ConfigLine line : lines) {
      for (int i = 1; i < line.tokens().size(); i++) {
        String arg = line.arg(i);
        if (arg.isEmpty()) {
          args.clear();
        } else {
          args.add(arg);
        }
      }
    }
    Located at = lines.isEmpty() ? conf.origin() : Located.of(lines.get(lines.size() - 1).tokens().get(0),
        lines.get(lines.size() - 1).file());
    ArrayNode points = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      try {
        int seconds = Integer.parseInt(args.get(i));
        int changes = Integer.parseInt(args.get(i + 1));
        points.addObject().put("after", seconds + "s").put("changes", changes);
      } catch (NumberFormatException e) {
        problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, at.file(), at.span().line(),
            at.span().column(), "`save " + args.get(i) + " " + args.get(i + 1) + "` is not two whole numbers",
            "Write save points as `save <seconds> <changes>`."));
        return;
      }
    }
    tree.shown("persistence.rdb.enabled", bool(!points.isEmpty()), at, !lines.isEmpty());
    if (!points.isEmpty()) {
      tree.shown("persistence.rdb.savePoints", points, at, !lines.isEmpty());
    }
  }

  private void flag(String directive, String path, boolean byDefault) {
    Optional<ConfigLine> line = conf.last(directive);
    if (line.isPresent()) {
      String value = line.get().arg(1).toLowerCase(Locale.ROOT);
      if (value.equals("yes") || value.equals("no")) {
        tree.shown(path, bool(value.equals("yes")), valueAt(directive));
      } else {
        ConfigToken token = line.get().tokens().get(Math.min(1, line.get().tokens().size() - 1));
        problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, line.get().file(), token.line(),
            token.column(), "`" + directive + " " + token.text() + "` is not `yes` or `no`", "Write `yes` or `no`."));
      }
    } else {
      ifDefault(path, bool(byDefault));
    }
  }

  private void ifDefault(String path, tools.jackson.databind.JsonNode value) {
    if (conf.complete()) {
      tree.shownDefault(path, value, conf.origin());
    }
  }

  private Located valueAt(String directive) {
    return valueAt(conf.last(directive).orElseThrow());
  }

  private static Located valueAt(ConfigLine line) {
    return Located.of(line.tokens().get(Math.min(1, line.tokens().size() - 1)), line.file());
  }

  private Optional<Integer> whole(ConfigLine line) {
    try {
      return Optional.of(Integer.parseInt(line.arg(1)));
    } catch (NumberFormatException e) {
      ConfigToken token = line.tokens().get(Math.min(1, line.tokens().size() - 1));
      problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, line.file(), token.line(),
          token.column(), "`" + token.text() + "` is not a whole number", "Write the value as digits."));
      return Optional.empty();
    }
  }
}
