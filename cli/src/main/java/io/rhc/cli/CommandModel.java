package io.rhc.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A command's picocli model, built in code. Picocli can read the same model from annotations, but that
 * (reflection over every member, a proxy class per annotation type) took a fifth of a JVM run; parsing,
 * conversion, validation and usage help are picocli's either way.
 */
final class CommandModel {
  private final CommandSpec spec;

  private CommandModel(Object command, String name) {
    spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.versionProvider(new VersionProvider());
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
  }

  /** The model of {@code command} (what picocli runs), named {@code name}, with {@code --help} and {@code --version}. */
  static CommandModel of(Object command, String name) {
    return new CommandModel(command, name);
  }

  CommandModel description(String... paragraphs) {
    spec.usageMessage().description(paragraphs);
    return this;
  }

  /** The exit codes the usage help lists, each as {@code "code:meaning"}. */
  CommandModel exitCodes(String... codeAndMeaning) {
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(UsageMessageSpec.keyValuesMap(codeAndMeaning));
    return this;
  }

  CommandSpec spec() {
    return spec;
  }
}
