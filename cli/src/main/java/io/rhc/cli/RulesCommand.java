package io.rhc.cli;

import io.rhc.lint.RuleCatalog;
import io.rhc.lint.RuleMeta;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code rhc rules} and {@code rhc rules explain ID}. */
final class RulesCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "rules")
      .description("List the lint rules (ID, default severity, summary), or print one rule's documentation.")
      .spec()
      .addSubcommand("explain", new CommandLine(new Explain().spec));

  private final Arg<Boolean> markdown =
      Arg.flag(spec, "--markdown", "Print the list as the Markdown table used in the README.");

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    RuleCatalog catalog = RuleCatalog.builtin();
    if (markdown.value()) {
      out.print(catalog.markdownTable());
    } else {
      for (RuleMeta rule : catalog.rules()) {
        out.printf("%-8s %-8s %-34s %s%n", rule.id(), rule.severity().label(), rule.slug(), rule.summary());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code rhc rules explain ID}. */
  static final class Explain implements Callable<Integer> {
    final CommandSpec spec = CommandModel.of(this, "explain")
        .description("Print a rule's documentation: what it flags, why, how to fix it, how to suppress it.")
        .spec();

    private final Arg<String> ruleId = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("ID").arity("1")
        .type(String.class).description("Rule ID (e.g. RHC2001) or slug."));

    @Override
    public Integer call() {
      String id = ruleId.value();
      RuleCatalog catalog = RuleCatalog.builtin();
      Optional<RuleMeta> rule = catalog.find(id).or(() -> catalog.rules().stream()
          .filter(r -> r.slug().equals(id)).findFirst());
      if (rule.isEmpty()) {
        spec.commandLine().getErr().println("rhc: no rule '" + id + "'; `rhc rules` lists them");
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
      }
      spec.commandLine().getOut().print(rule.get().doc());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
