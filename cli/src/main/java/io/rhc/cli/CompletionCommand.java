package io.rhc.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code rhc completion bash|zsh|fish}: a completion script generated from rhc's own command model. */
final class CompletionCommand implements Callable<Integer> {
  /** The shells a script is generated for. */
  enum Shell {
    BASH,
    ZSH,
    FISH;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  final CommandSpec spec = CommandModel.of(this, "completion")
      .description("Print a shell completion script for rhc's commands, options and their values.",
          "bash: rhc completion bash > ~/.local/share/bash-completion/completions/rhc",
          "zsh:  rhc completion zsh > ~/.zsh/rhc-completion.zsh, then in ~/.zshrc: source ~/.zsh/rhc-completion.zsh",
          "fish: rhc completion fish > ~/.config/fish/completions/rhc.fish")
      .spec();

  private final Arg<Shell> shell = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("SHELL").arity("1")
      .type(Shell.class).completionCandidates(Arrays.stream(Shell.values()).map(Shell::id).toList())
      .description("The shell: ${COMPLETION-CANDIDATES}."));

  @Override
  public Integer call() {
    CommandLine rhc = Commands.all();
    String script = switch (shell.value()) {
      // the bash script loads bashcompinit when zsh sources it
      case BASH, ZSH -> AutoComplete.bash("rhc", rhc);
      case FISH -> FishCompletion.script(rhc);
    };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
