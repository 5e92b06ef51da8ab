package io.rhc.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** An option or positional parameter of a command; picocli keeps the value it parsed in the model. */
final class Arg<T> {
  private final ArgSpec spec;

  private Arg(ArgSpec spec) {
    this.spec = spec;
  }

  /** Adds {@code option} to {@code command}. */
  static <T> Arg<T> option(CommandSpec command, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    command.addOption(built);
    return new Arg<>(built);
  }

  /** Adds a boolean option that is false unless given. */
  static Arg<Boolean> flag(CommandSpec command, String name, String description) {
    return option(command, OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description));
  }

  /**
   * Adds {@code parameter}, whose arity must be set, to {@code command} after the positional parameters added
   * before it; as with picocli's annotations, it is required when its arity asks for at least one value.
   */
  static <T> Arg<T> positional(CommandSpec command, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.required(parameter.arity().min() > 0).build();
    command.addPositional(built);
    return new Arg<>(built);
  }

  T value() {
    return spec.getValue();
  }
}
