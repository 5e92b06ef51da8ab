package io.rhc.cli;

import io.rhc.lint.RuleCatalog;
import io.rhc.lint.RuleMeta;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rhc rules} and {@code rhc rules explain ID}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the lint rules (ID, default severity, summary), or print one rule's documentation.",
    subcommands = RulesCommand.Explain.class)
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--markdown", description = "Print the list as the Markdown table used in the README.")
  boolean markdown;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    RuleCatalog catalog = RuleCatalog.builtin();
    if (markdown) {
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
  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Print a rule's documentation: what it flags, why, how to fix it, how to suppress it.")
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Rule ID (e.g. RHC2001) or slug.")
    String id;

    @Override
    public Integer call() {
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
