package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

class CliBasicsTest {
  @Test
  void versionNamesTheSpecFormat() {
    CliRun run = CliRun.of("version");
    assertEquals(ExitCodes.OK, run.code());
    assertTrue(run.out().matches("(?s)rhc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*spec format rhc/v1.*"), run.out());
  }

  @Test
  void schemaPrintsTheCommittedSchemaByteForByte() throws Exception {
    CliRun run = CliRun.of("schema");
    assertEquals(ExitCodes.OK, run.code());
    assertEquals(Files.readString(Path.of("../schema/spec.schema.json"), StandardCharsets.UTF_8), run.out());
  }

  @Test
  void helpListsExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(ExitCodes.OK, run.code());
    assertTrue(run.out().contains("Exit codes:"));
    assertTrue(run.out().contains("4   internal error"));
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"validate", "schema", "version", "targets"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(ExitCodes.OK, run.code(), command);
      assertTrue(run.out().startsWith("Usage: rhc " + command), command + ": " + run.out());
    }
  }

  @Test
  void theSubcommandTableNamesEachCommandAsItsModelDoes() {
    for (Map.Entry<String, Supplier<CommandSpec>> entry : Commands.ALL.entrySet()) {
      CommandSpec command = entry.getValue().get();
      assertEquals(entry.getKey(), command.name());
      assertEquals(0, command.aliases().length, "an alias would also have to be a key of Commands.ALL");
    }
  }

  @Test
  void theCommandsThatReadSpecsAreSubcommands() {
    assertTrue(Commands.ALL.keySet().containsAll(Commands.READING_SPECS), Commands.READING_SPECS.toString());
  }

  @Test
  void everyCommandOfRhcPrintsTheVersion() {
    for (String command : Commands.ALL.keySet().stream().filter(c -> !c.equals("help")).toList()) {
      CliRun run = CliRun.of(command, "--version");
      assertEquals(ExitCodes.OK, run.code(), command);
      assertTrue(run.out().startsWith("rhc "), command + ": " + run.out());
    }
  }

  @Test
  void aRunWithOnlyItsOwnSubcommandBehavesAsWithAllOfThem() {
    for (String command : Commands.ALL.keySet()) {
      StringWriter lean = new StringWriter();
      StringWriter full = new StringWriter();
      Commands.forArgs(command, "--help").getSubcommands().get(command).usage(new PrintWriter(lean));
      Commands.all().getSubcommands().get(command).usage(new PrintWriter(full));
      assertEquals(full.toString(), lean.toString(), command);
    }
    assertEquals(1, Commands.forArgs("compile").getSubcommands().size());
    assertEquals(Commands.ALL.size(), Commands.forArgs("help", "compile").getSubcommands().size());
    CliRun help = CliRun.of("help", "compile");
    assertEquals(ExitCodes.OK, help.code(), help.err());
    assertTrue(help.out().startsWith("Usage: rhc compile"), help.out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");
    assertEquals(ExitCodes.USAGE, run.code());
    assertTrue(run.err().contains("Unmatched argument"));
  }

  @Test
  void missingFileIsAnIoErrorWithoutStackTrace(@TempDir Path dir) {
    CliRun run = CliRun.of("validate", dir.resolve("nope.yaml").toString());
    assertEquals(ExitCodes.IO, run.code());
    assertTrue(run.err().contains("nope.yaml: no such file"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void oversizedFileIsRejectedBeforeParsing(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "#".repeat(300 * 1024));
    CliRun run = CliRun.of("validate", "--color=never", big.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertTrue(run.err().contains("error[RHC0001]"), run.err());
  }

  @Test
  void nonUtf8FileIsRejected(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("latin1.yaml");
    Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    CliRun run = CliRun.of("validate", "--format=json", bad.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertTrue(run.out().contains("\"code\" : \"RHC0008\""), run.out());
  }
}
