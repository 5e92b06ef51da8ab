package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.ArrayList;
import java.util.List;

/** Sentinel reads {@code resolve-hostnames}/{@code announce-hostnames} only if they precede {@code sentinel monitor}. */
final class HostnameFlagsBeforeMonitorCheck implements ArtifactCheck {
  private static final List<String> FLAGS = List.of("sentinel resolve-hostnames yes", "sentinel announce-hostnames yes");

  @Override
  public String id() {
    return "RHC6001";
  }

  @Override
  public List<Finding> check(List<Artifact> artifacts) {
    List<Finding> findings = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      if (ArtifactFiles.isSentinelConfig(artifact) || ArtifactFiles.isShellScript(artifact)) {
        check(artifact, findings);
      }
    }
    return findings;
  }

  private static void check(Artifact artifact, List<Finding> findings) {
    List<String> lines = ArtifactFiles.lines(artifact);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (FLAGS.contains(line)) {
        seen.add(line);
      } else if (line.startsWith("sentinel monitor ")) {
        for (String flag : FLAGS) {
          if (!seen.contains(flag)) {
            findings.add(new Finding(artifact.path(), i + 1, "`" + flag + "` does not precede `sentinel monitor`",
                "Emit the hostname directives before the first `sentinel monitor` line; Sentinel ignores them"
                    + " after it and stores IP addresses."));
          }
        }
        return;
      }
    }
  }
}
