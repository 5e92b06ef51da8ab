package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a redis.conf or sentinel.conf and the files its {@code include} lines name, in the order Redis applies
 * them. Like Redis, an include path is used as written: absolute, or relative to the directory the server is
 * started in (here: the directory rhc runs in), not to the including file.
 */
public final class RedisConfigReader {
  private static final int MAX_DEPTH = 16;

  private RedisConfigReader() {}

  /** The lines of {@code file} with its includes expanded; every file read is added to {@code sources}. */
  public static List<ConfigLine> read(Path file, String name, Map<String, SourceFile> sources, Diagnostics diagnostics)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<ConfigLine> out = new ArrayList<>();
    expand(name, text, sources, diagnostics, out, new HashSet<>(), 0);
    return out;
  }

  private static void expand(String name, String text, Map<String, SourceFile> sources, Diagnostics diagnostics,
      List<ConfigLine> out, Set<String> open, int depth) {
    sources.put(name, new SourceFile(name, text));
    open.add(name);
    for (ConfigLine line : RedisConfigTokenizer.tokenize(name, text, diagnostics)) {
      if (!line.directive().equals("include") || line.tokens().size() != 2) {
        out.add(line);
        continue;
      }
      ConfigToken target = line.tokens().get(1);
      String included = target.text();
      if (open.contains(included) || depth >= MAX_DEPTH) {
        diagnostics.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_INCLUDE, name, target.line(),
            target.column(), "`include " + included + "` includes itself", "Remove the include cycle."));
        continue;
      }
      try {
        String includedText = Files.readString(Path.of(included), StandardCharsets.UTF_8);
        expand(included, includedText, sources, diagnostics, out, open, depth + 1);
      } catch (IOException | RuntimeException e) {
        diagnostics.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_INCLUDE, name, target.line(),
            target.column(), "Cannot read `include " + included + "`: " + e.getClass().getSimpleName(),
            "Redis opens an include path as written: absolute, or relative to the directory it starts in;"
                + " run the audit from that directory or use an absolute path."));
      }
    }
    open.remove(name);
  }
}
