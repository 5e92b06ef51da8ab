package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits haproxy.cfg into sections and keyword lines. Words are blank-separated; {@code #} outside quotes starts
 * a comment anywhere on a line (HAProxy's rule, unlike Redis'); a backslash escapes the next character; single and
 * double quotes group words. Enough for the settings rhc audits, not a full HAProxy grammar.
 */
public final class HaproxyConfigParser {
  static final Set<String> SECTIONS = Set.of("global", "defaults", "frontend", "backend", "listen", "resolvers",
      "peers", "userlist", "mailers", "program", "http-errors", "ring", "cache");

  private HaproxyConfigParser() {}

  public static List<HaproxySection> parse(String file, String text, Diagnostics diagnostics) {
    List<HaproxySection> sections = new ArrayList<>();
    HaproxySection current = null;
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      List<ConfigToken> words = words(raw[i], i + 1);
      if (words.isEmpty()) {
        continue;
      }
      String first = words.get(0).text();
      if (SECTIONS.contains(first)) {
        current = new HaproxySection(first, words.size() > 1 ? words.get(1).text() : "", words.get(0),
            new ArrayList<>());
        sections.add(current);
      } else if (current == null) {
        ConfigToken w = words.get(0);
        diagnostics.add(RedisConfigTokenizer.problem(AuditCodes.HAPROXY_OUTSIDE_SECTION, file, w.line(), w.column(),
            "`" + first + "` is outside any section", "Put it under `global`, `defaults` or a proxy section."));
      } else {
        current.lines().add(new HaproxyLine(file, words));
      }
    }
    return sections;
  }

  private static List<ConfigToken> words(String line, int lineNo) {
    List<ConfigToken> words = new ArrayList<>();
    StringBuilder word = null;
    int start = 0;
    char quote = 0;
    for (int p = 0; p < line.length(); p++) {
      char c = line.charAt(p);
      if (quote == 0 && c == '#') {
        break;
      }
      if (quote == 0 && (c == ' ' || c == '\t' || c == '\r')) {
        if (word != null) {
          words.add(new ConfigToken(word.toString(), lineNo, start + 1));
          word = null;
        }
        continue;
      }
      if (word == null) {
        word = new StringBuilder();
        start = p;
      }
      if (c == '\\' && quote != '\'' && p + 1 < line.length()) {
        word.append(line.charAt(++p));
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      } else {
        word.append(c);
      }
    }
    if (word != null) {
      words.add(new ConfigToken(word.toString(), lineNo, start + 1));
    }
    return words;
  }
}
