package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentinel rewrites its config with a temp file and {@code rename()}: a single-file bind mount or
 * {@code subPath} mount makes the rename fail (EBUSY), and a read-only mount stops Sentinel at start.
 * Line-based on purpose: emit may not parse YAML, and these mounts are one line each.
 */
final class SentinelConfigMountCheck implements ArtifactCheck {
  private static final Pattern LIST_DASH = Pattern.compile("^-\\s*");
  private static final String HINT = "Mount a writable directory and let the init script copy the rendered"
      + " template into it; Sentinel must be able to rewrite its config.";

  @Override
  public String id() {
    return "RHC6005";
  }

  @Override
  public List<Finding> check(List<Artifact> artifacts) {
    List<Finding> findings = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      if (ArtifactFiles.isComposeFile(artifact)) {
        checkCompose(artifact, findings);
      } else if (ArtifactFiles.isKubernetesManifest(artifact)) {
        checkKubernetes(artifact, findings);
      }
    }
    return findings;
  }

  private static void checkCompose(Artifact artifact, List<Finding> findings) {
    List<String> lines = ArtifactFiles.lines(artifact);
    for (int i = 0; i < lines.size(); i++) {
      String entry = unquote(LIST_DASH.matcher(lines.get(i).strip()).replaceFirst(""));
      String[] parts = entry.split(":");
      boolean shortMount = lines.get(i).strip().startsWith("-") && parts.length >= 2 && parts[1].startsWith("/");
      if (shortMount && isSentinelConfigPath(parts[1])) {
        if (parts[1].endsWith(".conf")) {
          findings.add(new Finding(artifact.path(), i + 1, "Sentinel config is mounted as a single file", HINT));
        } else if (parts.length >= 3 && List.of(parts[2].split(",")).contains("ro")) {
          findings.add(new Finding(artifact.path(), i + 1, "Sentinel config directory is mounted read-only", HINT));
        }
      }
      if (entry.startsWith("target:") && isSentinelConfigPath(entry)) {
        if (entry.endsWith(".conf")) {
          findings.add(new Finding(artifact.path(), i + 1, "Sentinel config is mounted as a single file", HINT));
        } else if (readOnlyNearby(lines, i)) {
          findings.add(new Finding(artifact.path(), i + 1, "Sentinel config directory is mounted read-only", HINT));
        }
      }
    }
  }

  private static void checkKubernetes(Artifact artifact, List<Finding> findings) {
    List<String> lines = ArtifactFiles.lines(artifact);
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.indexOf('"') < 0 && raw.indexOf('\'') < 0 && !raw.contains("subPath:")) {
        continue; // without quotes to drop, only a line containing `subPath:` can start with it below
      }
      String line = unquote(LIST_DASH.matcher(raw.strip()).replaceFirst(""));
      if (line.startsWith("subPath:") && isSentinelConfigPath(line)) {
        findings.add(new Finding(artifact.path(), i + 1, "Sentinel config is mounted with `subPath`", HINT));
      }
    }
  }

  /** Sentinel's live config; a read-only template that the init script copies from is fine. */
  private static boolean isSentinelConfigPath(String path) {
    return path.contains("sentinel") && !path.contains("template") && !path.contains("tmpl");
  }

  /** {@code read_only: true} among the keys of the same long-syntax volume entry. */
  private static boolean readOnlyNearby(List<String> lines, int target) {
    int indent = indentOf(lines.get(target));
    for (int i = target - 1; i >= 0 && indentOf(lines.get(i)) >= indent - 2; i--) {
      if (lines.get(i).strip().equals("read_only: true")) {
        return true;
      }
      if (lines.get(i).strip().startsWith("-")) {
        break;
      }
    }
    for (int i = target + 1; i < lines.size() && indentOf(lines.get(i)) == indent; i++) {
      if (lines.get(i).strip().equals("read_only: true")) {
        return true;
      }
    }
    return false;
  }

  private static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static String unquote(String text) {
    return text.replace("\"", "").replace("'", "");
  }
}
