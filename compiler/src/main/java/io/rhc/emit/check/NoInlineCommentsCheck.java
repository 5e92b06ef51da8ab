package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.ArrayList;
import java.util.List;

/** Redis 7.4 rejects {@code key value # comment}: a comment must be on its own line. */
final class NoInlineCommentsCheck implements ArtifactCheck {
  @Override
  public String id() {
    return "RHC6003";
  }

  @Override
  public List<Finding> check(List<Artifact> artifacts) {
    List<Finding> findings = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      if (!ArtifactFiles.isRedisConfig(artifact)) {
        continue;
      }
      List<String> lines = ArtifactFiles.lines(artifact);
      for (int i = 0; i < lines.size(); i++) {
        if (hasInlineComment(lines.get(i))) {
          findings.add(new Finding(artifact.path(), i + 1, "Inline comment after a directive",
              "Put the comment on its own line; Redis reads `#` after a value as more arguments."));
        }
      }
    }
    return findings;
  }

  /** A {@code #} outside quotes after some directive text, preceded by whitespace. */
  static boolean hasInlineComment(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return false;
    }
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && Character.isWhitespace(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
