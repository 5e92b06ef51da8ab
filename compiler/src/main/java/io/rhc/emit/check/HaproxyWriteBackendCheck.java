package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The HAProxy write backend admits a server only when its check sees {@code role:master}. */
final class HaproxyWriteBackendCheck implements ArtifactCheck {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SECTION =
      Pattern.compile("(backend|frontend|listen|defaults|global|resolvers|peers)(\\s.*)?");
  /** Backends that legitimately route to replicas, or ask sentinels (the split-brain guard's votes). */
  private static final Pattern NOT_WRITE =
      Pattern.compile("(?i).*(read|replica|-ro$|_ro$|sentinel|agree|stats).*");

  @Override
  public String id() {
    return "RHC6002";
  }

  @Override
  public List<Finding> check(List<Artifact> artifacts) {
    List<Finding> findings = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      if (ArtifactFiles.isHaproxyConfig(artifact)) {
        check(artifact, findings);
      }
    }
    return findings;
  }

  private static void check(Artifact artifact, List<Finding> findings) {
    List<String> lines = ArtifactFiles.lines(artifact);
    int writeBackends = 0;
    for (int i = 0; i < lines.size(); i++) {
      String[] words = WHITESPACE.split(lines.get(i).strip());
      if (words.length < 2 || !words[0].equals("backend") || NOT_WRITE.matcher(words[1]).matches()
          || !sectionHas(lines, i + 1, line -> line.startsWith("server "))) {
        continue;
      }
      writeBackends++;
      if (!sectionExpectsMaster(lines, i + 1)) {
        findings.add(new Finding(artifact.path(), i + 1, "Write backend `" + words[1] + "` does not expect"
            + " `role:master` in its check", "Add `tcp-check expect string role:master` after `info replication`"
            + " so writes never land on a replica (READONLY)."));
      }
    }
    if (writeBackends == 0) {
      findings.add(new Finding(artifact.path(), 0, "No write backend", "Emit a backend that routes to the master."));
    }
  }

  private static boolean sectionExpectsMaster(List<String> lines, int from) {
    return sectionHas(lines, from, line -> line.startsWith("tcp-check expect") && line.contains("role:master"));
  }

  private static boolean sectionHas(List<String> lines, int from, Predicate<String> wanted) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (SECTION.matcher(line).matches()) {
        return false;
      }
      if (wanted.test(line)) {
        return true;
      }
    }
    return false;
  }
}
