package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A compose service attached to a network the file does not define: {@code docker-compose config}
 * (1.29) accepts it and {@code up} fails. Line-based on purpose (emit may not parse YAML): top-level
 * {@code networks:} keys against the entries of each service's {@code networks:}, list or map form.
 */
final class ComposeNetworkCheck implements ArtifactCheck {
  @Override
  public String id() {
    return "RHC6006";
  }

  @Override
  public List<Finding> check(List<Artifact> artifacts) {
    List<Finding> findings = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      if (ArtifactFiles.isComposeFile(artifact)) {
        check(artifact, findings);
      }
    }
    return findings;
  }

  private static void check(Artifact artifact, List<Finding> findings) {
    List<String> lines = ArtifactFiles.lines(artifact);
    Set<String> defined = new HashSet<>(List.of("default"));
    List<Integer> used = new ArrayList<>();
    String section = "";
    int serviceIndent = -1;
    int networksIndent = -1;
    int entryIndent = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (indent == 0) {
        section = key(text);
        serviceIndent = -1;
        networksIndent = -1;
        continue;
      }
      if (section.equals("networks")) {
        if (serviceIndent < 0) {
          serviceIndent = indent;
        }
        if (indent == serviceIndent) {
          defined.add(key(text));
        }
      } else if (section.equals("services")) {
        if (networksIndent >= 0 && indent > networksIndent) {
          if (entryIndent < 0) {
            entryIndent = indent;
          }
          if (indent == entryIndent) {
            used.add(i);
          }
          continue;
        }
        networksIndent = -1;
        entryIndent = -1;
        if (serviceIndent < 0) {
          serviceIndent = indent;
        }
        if (indent > serviceIndent && text.equals("networks:")) {
          networksIndent = indent;
        }
      }
    }
    for (int i : used) {
      String text = lines.get(i).strip();
      String name = text.startsWith("- ") ? unquote(text.substring(2)) : key(text);
      if (!name.isEmpty() && !defined.contains(name)) {
        findings.add(new Finding(artifact.path(), i + 1, "A service is attached to the undefined network `"
            + name + "`", "Define the network under the top-level `networks:` or attach the service to a defined one."));
      }
    }
  }

  private static String key(String text) {
    int colon = text.indexOf(':');
    return unquote(colon < 0 ? text : text.substring(0, colon));
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
