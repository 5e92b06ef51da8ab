package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.clients.ClientEndpoints;
import io.rhc.clients.ClientLanguage;
import io.rhc.clients.ClientSnippets;
import io.rhc.model.Spec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc clients SPEC}: connection settings for the client libraries, matching the generated cluster. */
final class ClientsCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "clients")
      .description("Print the connection settings that match the cluster SPEC compiles to, for ioredis, BullMQ,"
          + " redis-py, Celery, Lettuce, Spring Data Redis and go-redis: the HAProxy endpoint (or the sentinels and"
          + " master group), the password from the environment, and retries and timeouts that outlast this spec's"
          + " failover. The spec must lint clean.")
      .exitCodes("0:settings printed", "1:the spec has errors", "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  private static final String LANGUAGES = Arrays.stream(ClientLanguage.values()).map(ClientLanguage::id)
      .collect(Collectors.joining(", "));

  /** How the clients reach the master. */
  enum Via {
    PROXY,
    SENTINEL
  }

  private final Arg<OutputOptions.Color> color = Arg.option(spec, OptionSpec.builder("--color").paramLabel("WHEN")
      .type(OutputOptions.Color.class).defaultValue("auto")
      .description("Colour diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));

  private final Arg<String> target = Arg.option(spec, OptionSpec.builder("-t", "--target").paramLabel("TARGET")
      .type(String.class).description("kubernetes, compose or systemd: whose names the addresses use (default:"
          + " systemd when the spec lists systemd hosts, else kubernetes)."));

  private final Arg<Via> via = Arg.option(spec, OptionSpec.builder("--via").paramLabel("WAY").type(Via.class)
      .description("${COMPLETION-CANDIDATES}: connect through HAProxy (the default when the spec has one) or ask"
          + " the sentinels for the master."));

  private final Arg<List<String>> languages = Arg.option(spec, OptionSpec.builder("-l", "--language")
      .paramLabel("LIB").type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
      .description("Only this library (repeatable): " + LANGUAGES + "; default: all."));

  private final Arg<Path> file = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("SPEC").arity("1")
      .type(Path.class).description("The spec file."));

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<ClientLanguage> chosen = new ArrayList<>();
    for (String id : languages.value()) {
      chosen.add(ClientLanguage.byId(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "Unknown library '" + id + "'. Known: " + LANGUAGES)));
    }
    String targetId = target.value();
    if (targetId != null && !List.of("kubernetes", "compose", "systemd").contains(targetId)) {
      throw new ParameterException(spec.commandLine(), "--target must be kubernetes, compose or systemd, not "
          + targetId);
    }
    DiagnosticPrinter printer = DiagnosticPrinter.text(OutputOptions.useColor(color.value()), err);
    SpecInputs.Input input = SpecInputs.read(file.value(), err);
    if (input.ioFailed()) {
      return ExitCodes.IO;
    }
    if (input.rejection().isPresent()) {
      printer.print(List.of(input.rejection().get()), Optional.empty());
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    CompilationResult result = new Compiler().check(input.source().get());
    if (result.hasErrors() || result.spec().isEmpty()) {
      printer.print(result.diagnostics(), input.source());
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    Spec s = result.spec().get().spec();
    if (s.tls().enabled()) {
      // settings without TLS would not connect, or would teach a plaintext habit
      spec.commandLine().getErr().println("rhc clients: TLS client settings are not generated yet (spec.tls.enabled):"
          + " add your library's TLS options with the CA in spec.tls.caFile");
      return ExitCodes.SPEC_ERRORS;
    }
    ClientEndpoints endpoints = ClientEndpoints.of(s, targetId != null ? targetId
        : s.systemd().isPresent() ? "systemd" : "kubernetes");
    if (via.value() == Via.PROXY && !endpoints.viaProxy()) {
      throw new ParameterException(spec.commandLine(), "--via proxy: the spec has no proxy (spec.proxy.enabled:"
          + " false); use --via sentinel");
    }
    ClientSnippets snippets = new ClientSnippets(s, endpoints, via.value() != null ? via.value() == Via.PROXY
        : endpoints.viaProxy());
    PrintWriter out = spec.commandLine().getOut();
    out.print("# " + snippets.summary().strip().replace("\n", "\n# ") + "\n");
    for (ClientLanguage l : chosen.isEmpty() ? List.of(ClientLanguage.values()) : chosen) {
      out.print("\n## " + l.id() + ": " + l.title() + "\n\n" + snippets.render(l));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
