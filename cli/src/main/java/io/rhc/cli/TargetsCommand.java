package io.rhc.cli;

import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rhc targets}: the targets on the class path. */
final class TargetsCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "targets").description("List the available targets.").spec();

  @Override
  public Integer call() {
    for (Target t : TargetRegistry.load().all()) {
      spec.commandLine().getOut().printf("%-12s %s%n", t.id(), t.description());
    }
    return ExitCodes.OK;
  }
}
