package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, loaded by the real shells. */
class CompletionCommandTest {
  private static Path script(Path dir, String shell) throws Exception {
    CliRun run = CliRun.of("completion", shell);
    assertEquals(ExitCodes.OK, run.code(), run.err());
    Path file = dir.resolve("rhc." + shell);
    Files.writeString(file, run.out());
    return file;
  }

  @Test
  void bashLoadsTheScriptAndCompletesCommandsAndValues(@TempDir Path dir) throws Exception {
    Shells.require("bash");
    script(dir, "bash");
    // outside a real completion, picocli's compopt calls complain on stderr; what matters is COMPREPLY
    Shells.Result bash = Shells.run(dir, "bash", "--norc", "--noprofile", "-c", String.join("\n",
        "source ./rhc.bash",
        "complete -p rhc",
        "at() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
            + " COMPREPLY=(); _complete_rhc 2>/dev/null; echo \"${COMPREPLY[*]}\"; }",
        "at rhc li",
        "at rhc init --data ''",
        "at rhc init --target s",
        "at rhc completion ''"));
    assertEquals(0, bash.code(), bash.err());
    List<String> lines = bash.out().lines().toList();
    assertEquals(5, lines.size(), bash.out());
    assertTrue(lines.get(0).matches("complete .*-F _complete_rhc.* rhc"), lines.get(0));
    assertEquals("lint", lines.get(1));
    assertEquals("queue cache must-survive", lines.get(2));
    assertEquals("systemd", lines.get(3));
    assertEquals("bash zsh fish", lines.get(4));
  }

  @Test
  void zshLoadsTheBashScriptThroughBashcompinit(@TempDir Path dir) throws Exception {
    Shells.require("zsh");
    script(dir, "zsh");
    Shells.Result syntax = Shells.run(dir, "zsh", "-n", "rhc.zsh");
    assertEquals(0, syntax.code(), syntax.err());
    Shells.Result zsh = Shells.run(dir, "zsh", "-f", "-c", "source ./rhc.zsh && print -r -- ${_comps[rhc]}");
    assertEquals(0, zsh.code(), zsh.err());
    assertTrue(zsh.out().contains("_complete_rhc"), zsh.out());
    assertEquals("", zsh.err());
  }

  @Test
  void fishLoadsTheScriptAndCompletesEachCommandWithItsOwnOptions(@TempDir Path dir) throws Exception {
    Shells.require("fish");
    script(dir, "fish");
    Shells.Result syntax = Shells.run(dir, "fish", "--no-execute", "rhc.fish");
    assertEquals(0, syntax.code(), syntax.err());
    Shells.Result fish = Shells.run(dir, "fish", "--no-config", "-c", String.join("\n",
        "source ./rhc.fish",
        "complete -C 'rhc li'",
        "echo ==",
        "complete -C 'rhc init --data '",
        "echo ==",
        "complete -C 'rhc rules explain --'",
        "echo ==",
        "complete -C 'rhc explain --f'"));
    assertEquals(0, fish.code(), fish.err());
    List<String> blocks = List.of(fish.out().split("==\n"));
    assertEquals(4, blocks.size(), fish.out());
    assertTrue(blocks.get(0).startsWith("lint\tValidate specs"), blocks.get(0));
    assertEquals(List.of("cache", "must-survive", "queue"),
        blocks.get(1).lines().map(l -> l.split("\t")[0]).toList());
    assertEquals(List.of("--help", "--version"), blocks.get(2).lines().map(l -> l.split("\t")[0]).toList(),
        "`rules explain` has only its own options, not those of `explain`");
    assertTrue(blocks.get(3).startsWith("--format\t"), blocks.get(3));
  }

  @Test
  void theFishScriptComesFromTheCommandModel() {
    String fish = CliRun.of("completion", "fish").out();
    for (String command : Commands.ALL.keySet()) {
      assertTrue(fish.contains("= \"rhc\"' -a '" + command + "'"), command + " missing:\n" + fish);
    }
    assertTrue(fish.contains("'rhc rules explain'"), fish);
    assertTrue(fish.contains("-l format -x -a 'TEXT JSON SARIF CODEQUALITY'"), fish);
    assertTrue(fish.contains("-s o -l output -r -F"), "a path option completes file names");
    assertFalse(fish.contains("%n"), "picocli's format markers do not leak into descriptions");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "tcsh");
    assertEquals(ExitCodes.USAGE, run.code());
    assertTrue(run.err().contains("tcsh"), run.err());
  }
}
