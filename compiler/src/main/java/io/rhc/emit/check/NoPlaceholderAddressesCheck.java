package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Addresses sentinels and replicas announce or connect to must be reachable names: a wildcard,
 * loopback or empty address there sends peers to themselves.
 */
final class NoPlaceholderAddressesCheck implements ArtifactCheck {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> PLACEHOLDERS = Set.of("0.0.0.0", "127.0.0.1", "localhost", "::", "::1", "\"\"", "''");

  @Override
  public String id() {
    return "RHC6004";
  }

  @Override
  public List<Finding> check(List<Artifact> artifacts) {
    List<Finding> findings = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      if (!ArtifactFiles.isRedisConfig(artifact) && !ArtifactFiles.isShellScript(artifact)) {
        continue;
      }
      List<String> lines = ArtifactFiles.lines(artifact);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!mayCarryAnAddress(line)) {
          continue;
        }
        String[] words = WHITESPACE.split(line);
        int at = addressIndex(words);
        if (at < 0) {
          continue;
        }
        String address = at < words.length ? words[at] : "";
        if (address.isEmpty() || PLACEHOLDERS.contains(address)) {
          findings.add(new Finding(artifact.path(), i + 1, "`" + String.join(" ", List.of(words).subList(0,
              Math.min(at, words.length))) + "` has the placeholder address `" + address + "`",
              "Render the stable DNS name of the node (a shell variable is fine in scripts)."));
        }
      }
    }
    return findings;
  }

  /** Cheap pre-filter: a line whose first word is none of the directives below carries no address. */
  private static boolean mayCarryAnAddress(String line) {
    return line.startsWith("sentinel") || line.startsWith("replica") || line.startsWith("slaveof");
  }

  /** Where the address is on a line that carries one, or -1. */
  private static int addressIndex(String[] words) {
    if (words.length >= 2 && words[0].equals("sentinel") && words[1].equals("monitor")) {
      return 3;
    }
    if (words.length >= 1 && words[0].equals("sentinel") && words.length >= 2 && words[1].equals("announce-ip")) {
      return 2;
    }
    if (words[0].equals("replica-announce-ip") || words[0].equals("replicaof") || words[0].equals("slaveof")) {
      return 1;
    }
    return -1;
  }
}
