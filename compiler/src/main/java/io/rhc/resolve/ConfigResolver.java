package io.rhc.resolve;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.DidYouMean;
import io.rhc.diag.Severity;
import io.rhc.engine.ConfigDirectives;
import io.rhc.engine.EngineLine;
import io.rhc.engine.KnownDirective;
import io.rhc.engine.OwnedDirectives;
import io.rhc.model.ConfigDirective;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * {@code engine.config} and {@code sentinel.config}: directives passed through as written, each checked against
 * the directives every engine version that reads it knows (RHC0217 unknown, RHC0218 owned by rhc, RHC0219 not in
 * that version).
 */
final class ConfigResolver {
  /** Directives a config file may repeat, one line per list item. */
  private static final List<String> REPEATABLE = List.of("loadmodule", "client-output-buffer-limit");

  /** Which engine reads the directives, and who runs it ("node 2", "the sentinels"). */
  record Reader(EngineType type, EngineVersion version, String who) {}

  private ConfigResolver() {}

  static List<ConfigDirective> engine(SpecReader reader, SpecPath at, List<Reader> readers, Diagnostics diagnostics) {
    return read(reader, at, readers, OwnedDirectives::engine, diagnostics);
  }

  static List<ConfigDirective> sentinel(SpecReader reader, SpecPath at, Reader sentinels, Diagnostics diagnostics) {
    return read(reader, at, List.of(sentinels), OwnedDirectives::sentinel, diagnostics);
  }

  private static List<ConfigDirective> read(SpecReader reader, SpecPath at, List<Reader> readers,
      Function<String, Optional<OwnedDirectives.Owner>> owners, Diagnostics diagnostics) {
    List<ConfigDirective> directives = new ArrayList<>();
    List<String> names = reader.keys(at);
    if (names.isEmpty()) {
      reader.count(at);
    }
    for (String name : names) {
      SpecPath path = at.at(name);
      ConfigDirective directive = new ConfigDirective(name, values(reader, path, name, diagnostics));
      if (check(directive, path, readers, owners, diagnostics)) {
        directives.add(directive);
      }
    }
    return directives;
  }

  private static List<String> values(SpecReader reader, SpecPath path, String name, Diagnostics diagnostics) {
    int items = reader.peek(path, node -> node.isArray() ? node.size() : -1).orElse(-1);
    if (items < 0) {
      return List.of(reader.read(path, ConfigResolver::text));
    }
    if (!REPEATABLE.contains(name)) {
      diagnostics.add(Diagnostic.error("RHC0217", path, "`" + name + "` takes one value, not a list",
          "Write the arguments as one string, for example `" + name + ": \"a b\"`; only "
              + String.join(" and ", REPEATABLE) + " take a list (one config line per item)."));
    }
    return reader.read(path, node -> {
      List<String> values = new ArrayList<>();
      node.values().forEach(item -> values.add(text(item)));
      return values;
    });
  }

  private static String text(JsonNode node) {
    return node.isBoolean() ? (node.booleanValue() ? "yes" : "no") : node.asString();
  }

  private static boolean check(ConfigDirective directive, SpecPath path, List<Reader> readers,
      Function<String, Optional<OwnedDirectives.Owner>> owners, Diagnostics diagnostics) {
    String name = directive.name();
    Optional<OwnedDirectives.Owner> owner = owners.apply(name);
    if (owner.isPresent()) {
      diagnostics.add(Diagnostic.error("RHC0218", path, "`" + name + "` is written by rhc", owner.get().hint(name)));
      return false;
    }
    if (name.equals("client-output-buffer-limit") && directive.values().stream()
        .anyMatch(v -> v.startsWith("replica ") || v.startsWith("slave "))) {
      diagnostics.add(Diagnostic.error("RHC0218", path, "The replica class of `client-output-buffer-limit` is"
          + " written by rhc", "Set `spec.replication.replicaOutputBuffer` instead: it is part of the memory"
          + " budget. The normal and pubsub classes may stay here."));
      return false;
    }
    Optional<KnownDirective> known = ConfigDirectives.find(name);
    boolean ok = true;
    for (Map.Entry<EngineLine, List<Reader>> byLine : byLine(readers).entrySet()) {
      ok &= checkIn(name, known, path, byLine.getKey(), byLine.getValue(), diagnostics);
    }
    return ok;
  }

  private static boolean checkIn(String name, Optional<KnownDirective> known, SpecPath path, EngineLine line,
      List<Reader> readers, Diagnostics diagnostics) {
    if (known.isPresent() && known.get().hiddenIn(line)) {
      diagnostics.add(Diagnostic.error("RHC0217", path, "`" + name + "` is a test-suite knob of "
          + line.label(), "Remove it: the engine hides it from CONFIG GET, and it slows or breaks a production"
          + " server."));
      return false;
    }
    if (known.isPresent() && known.get().knownIn(line)) {
      return true;
    }
    Reader first = readers.get(0);
    boolean exact = readers.stream().allMatch(r -> line.exactFor(r.version()));
    String who = readers.stream().map(Reader::who).collect(Collectors.joining(", "));
    String runs = first.type().id() + " " + first.version();
    if (!exact) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "RHC0217", path, "`" + name + "` is not in rhc's directive table of "
          + line.label() + ", the newest it has for " + runs + " (" + who + ")",
          "Check the name in the engine's redis.conf; the server refuses a directive it does not know at"
              + " start.").withDetail(suggestion(name, line)));
      return true;
    }
    if (known.isPresent()) {
      List<EngineLine> lines = ConfigDirectives.linesOf(known.get()).stream()
          .filter(l -> l.type() == line.type()).toList();
      diagnostics.add(Diagnostic.error("RHC0219", path, "`" + name + "` is not known to " + runs + " (" + who
          + "), which would refuse to start",
          lines.isEmpty() ? "It is a " + otherEngine(line.type()) + " directive; remove it."
              : "It exists in " + lines.stream().map(EngineLine::label).collect(Collectors.joining(", "))
                  + "; remove it, or upgrade every node that reads it first."));
      return false;
    }
    diagnostics.add(Diagnostic.error("RHC0217", path, "Unknown directive `" + name + "` for " + runs + " (" + who
        + ")", DidYouMean.closest(name, ConfigDirectives.namesIn(line)).map(s -> "Did you mean `" + s + "`?")
            .orElse("Check the name in the engine's redis.conf; the server refuses a directive it does not"
                + " know at start.")));
    return false;
  }

  private static String suggestion(String name, EngineLine line) {
    return DidYouMean.closest(name, ConfigDirectives.namesIn(line)).map(s -> "A known directive is close: `" + s
        + "`.").orElse("The table was read from the engines' sources (rhc's engine/directives.tsv).");
  }

  private static String otherEngine(EngineType type) {
    return type == EngineType.REDIS ? "Valkey" : "Redis";
  }

  private static Map<EngineLine, List<Reader>> byLine(List<Reader> readers) {
    Map<EngineLine, List<Reader>> grouped = new LinkedHashMap<>();
    for (Reader r : readers) {
      grouped.computeIfAbsent(EngineLine.of(r.type(), r.version()), l -> new ArrayList<>()).add(r);
    }
    return grouped;
  }
}
