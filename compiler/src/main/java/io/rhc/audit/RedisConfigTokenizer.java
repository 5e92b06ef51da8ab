package io.rhc.audit;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits redis.conf / sentinel.conf text the way Redis' {@code sdssplitargs} does: blank-separated
 * arguments; {@code "..."} with {@code \n \r \t \b \a \\ \" \xHH} escapes; {@code '...'} where only {@code \'} is
 * an escape; a closing quote must be followed by a blank or the end of the line; {@code #} starts a comment only
 * as the first non-blank character of a line. Problems are positioned diagnostics; a line Redis would reject is
 * dropped.
 */
public final class RedisConfigTokenizer {
  private RedisConfigTokenizer() {}

  public static List<ConfigLine> tokenize(String file, String text, Diagnostics diagnostics) {
    List<ConfigLine> lines = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<ConfigToken> tokens = split(file, line, i + 1, diagnostics);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      for (int t = 1; t < tokens.size(); t++) {
        if (tokens.get(t).text().startsWith("#")) {
          ConfigToken hash = tokens.get(t);
          diagnostics.add(problem(AuditCodes.INLINE_COMMENT, file, hash.line(), hash.column(),
              "Inline comment after `" + tokens.get(0).text() + "`: Redis reads `" + hash.text()
                  + "` and what follows as more arguments and refuses to start",
              "Move the comment to a line of its own: `#` starts a comment only at the start of a line."));
          tokens = null;
          break;
        }
      }
      if (tokens != null) {
        lines.add(new ConfigLine(file, tokens));
      }
    }
    return lines;
  }

  /** The arguments of one line, or null when Redis would report unbalanced quotes. */
  private static List<ConfigToken> split(String file, String line, int lineNo, Diagnostics diagnostics) {
    List<ConfigToken> tokens = new ArrayList<>();
    int p = 0;
    int n = line.length();
    while (true) {
      while (p < n && isBlank(line.charAt(p))) {
        p++;
      }
      if (p >= n) {
        return tokens;
      }
      int start = p;
      StringBuilder current = new StringBuilder();
      boolean inDouble = false;
      boolean inSingle = false;
      boolean done = false;
      while (!done) {
        if (inDouble) {
          if (p >= n) {
            return unbalanced(file, lineNo, start, "A double quote is not closed", diagnostics);
          }
          char c = line.charAt(p);
          if (c == '\\' && p + 3 < n && line.charAt(p + 1) == 'x' && isHex(line.charAt(p + 2))
              && isHex(line.charAt(p + 3))) {
            current.append((char) Integer.parseInt(line.substring(p + 2, p + 4), 16));
            p += 3;
          } else if (c == '\\' && p + 1 < n) {
            p++;
            current.append(switch (line.charAt(p)) {
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              case 'b' -> '\b';
              case 'a' -> (char) 7;
              default -> line.charAt(p);
            });
          } else if (c == '"') {
            if (p + 1 < n && !isBlank(line.charAt(p + 1))) {
              return unbalanced(file, lineNo, p + 1, "A closing double quote is followed by `"
                  + line.charAt(p + 1) + "` instead of a space", diagnostics);
            }
            done = true;
          } else {
            current.append(c);
          }
        } else if (inSingle) {
          if (p >= n) {
            return unbalanced(file, lineNo, start, "A single quote is not closed", diagnostics);
          }
          char c = line.charAt(p);
          if (c == '\\' && p + 1 < n && line.charAt(p + 1) == '\'') {
            p++;
            current.append('\'');
          } else if (c == '\'') {
            if (p + 1 < n && !isBlank(line.charAt(p + 1))) {
              return unbalanced(file, lineNo, p + 1, "A closing single quote is followed by `"
                  + line.charAt(p + 1) + "` instead of a space", diagnostics);
            }
            done = true;
          } else {
            current.append(c);
          }
        } else if (p >= n) {
          done = true;
        } else {
          char c = line.charAt(p);
          switch (c) {
            case ' ', '\n', '\r', '\t', '\0' -> done = true;
            case '"' -> inDouble = true;
            case '\'' -> inSingle = true;
            default -> current.append(c);
          }
        }
        if (p < n) {
          p++;
        }
      }
      tokens.add(new ConfigToken(current.toString(), lineNo, start + 1));
    }
  }

  private static List<ConfigToken> unbalanced(String file, int line, int index, String what, Diagnostics diagnostics) {
    diagnostics.add(problem(AuditCodes.BAD_QUOTING, file, line, index + 1,
        what + ": Redis refuses the line (\"Unbalanced quotes in configuration line\")",
        "Close the quote and leave a space after it, or escape the quote character."));
    return null;
  }

  static Diagnostic problem(String code, String file, int line, int column, String summary, String hint) {
    return Diagnostic.error(code, SpecPath.root(), summary, hint).withLocation(file, Span.at(line, column));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\0';
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
