package io.rhc.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The directives each engine line accepts in its config file ({@code directives.tsv}, read from the engines'
 * sources; its header says where). Loaded on first use: only a spec with {@code engine.config} or
 * {@code sentinel.config} pays for it.
 */
public final class ConfigDirectives {
  private static final String RESOURCE = "directives.tsv";

  private ConfigDirectives() {}

  public static Optional<KnownDirective> find(String name) {
    return Optional.ofNullable(Table.BY_NAME.get(name));
  }

  /** Every directive {@code line} accepts, sorted. */
  public static List<String> namesIn(EngineLine line) {
    return Table.BY_NAME.values().stream().filter(d -> d.knownIn(line) && !d.hiddenIn(line))
        .map(KnownDirective::name).toList();
  }

  /** The lines of {@code directive}'s engine that accept it, oldest first: "redis 7.2, redis 7.4". */
  public static List<EngineLine> linesOf(KnownDirective directive) {
    return EngineLine.ALL.stream().filter(directive::knownIn).toList();
  }

  private static final class Table {
    static final Map<String, KnownDirective> BY_NAME = load();

    private static Map<String, KnownDirective> load() {
      Map<String, KnownDirective> byName = new TreeMap<>();
      try (InputStream in = ConfigDirectives.class.getResourceAsStream(RESOURCE);
           BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String row = reader.readLine(); row != null; row = reader.readLine()) {
          if (!row.startsWith("#") && !row.isBlank()) {
            KnownDirective d = parse(row);
            byName.put(d.name(), d);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return Collections.unmodifiableMap(byName);
    }

    /** {@code name<TAB>line[:flags],line[:flags],...}. */
    private static KnownDirective parse(String row) {
      String[] cells = row.split("\t");
      Map<String, String> flagsByLine = new TreeMap<>();
      for (String entry : cells[1].split(",")) {
        int colon = entry.indexOf(':');
        flagsByLine.put(colon < 0 ? entry : entry.substring(0, colon), colon < 0 ? "" : entry.substring(colon + 1));
      }
      return new KnownDirective(cells[0], flagsByLine);
    }
  }
}
