package io.rhc.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code rhc} command; its subcommands are added by {@link Commands}. */
final class RhcCommand implements Runnable {
  final CommandSpec spec = CommandModel.of(this, "rhc")
      .description("Compiles one declarative Redis + Sentinel + HAProxy spec into Kubernetes manifests,"
          + " a docker-compose project or systemd units.")
      .exitCodes("0:success",
          "1:a spec has errors (or warnings with --warnings-as-errors)",
          "2:usage error (unknown option, missing argument)",
          "3:I/O error (a file could not be read or written)",
          "4:internal error (a bug in rhc: please report it)")
      .spec();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
