package io.rhc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rhc version}. */
final class VersionCommand implements Callable<Integer> {
  final CommandSpec spec =
      CommandModel.of(this, "version").description("Print the rhc version and spec format.").spec();

  @Override
  public Integer call() {
    for (String line : new VersionProvider().getVersion()) {
      spec.commandLine().getOut().println(line);
    }
    return ExitCodes.OK;
  }
}
