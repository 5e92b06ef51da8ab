package io.rhc.cli;

import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rhc targets}: the targets on the class path. */
@Command(name = "targets", mixinStandardHelpOptions = true, description = "List the available targets.")
final class TargetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Target t : TargetRegistry.load().all()) {
      spec.commandLine().getOut().printf("%-12s %s%n", t.id(), t.description());
    }
    return ExitCodes.OK;
  }
}
