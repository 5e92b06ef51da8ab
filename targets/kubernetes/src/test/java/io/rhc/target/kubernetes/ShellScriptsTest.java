package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.emit.Artifact;
import io.rhc.testkit.ExampleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts this target adds to the config directory pass shellcheck as POSIX sh. */
class ShellScriptsTest {

  @Test
  void probeAndBackupScriptsPassShellcheck(@TempDir Path dir) throws Exception {
    Run.require("shellcheck");
    List<Artifact> config = Emitted.of(ExampleSpec.spec("homelab-k8s")).files().stream()
        .filter(a -> a.path().startsWith("config/") && a.path().endsWith(".sh")).toList();
    for (Artifact a : config) {
      Files.writeString(dir.resolve(a.path().substring("config/".length())), a.content());
    }
    Run.Result r = Run.run(dir, Map.of(),
        List.of("shellcheck", "-s", "sh", "-x", "-P", "SCRIPTDIR", "rhc-probe.sh", "rhc-backup.sh"));
    assertEquals(0, r.exit(), r.output());
  }
}
