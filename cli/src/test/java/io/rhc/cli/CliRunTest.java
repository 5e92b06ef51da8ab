package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam {@code scripts/test-native.sh} relies on: an external executable stands in for {@link Main#run}. */
class CliRunTest {
  @Test
  void spawnedExecutableGivesArgumentsUnsplitAndReturnsItsExitCodeAndBothStreams(@TempDir Path dir) throws Exception {
    Path fake = dir.resolve("rhc");
    Files.writeString(fake, "#!/bin/sh\nprintf '%s|' \"$@\"\necho ünïcode >&2\nexit 7\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    CliRun run = CliRun.spawned(fake, "compile", "a b", "--out=c");
    assertEquals(new CliRun(7, "compile|a b|--out=c|", "ünïcode\n"), run);
  }
}
