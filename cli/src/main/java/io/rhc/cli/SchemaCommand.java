package io.rhc.cli;

import io.rhc.parse.SchemaDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rhc schema}: the JSON Schema of the spec, for editors and CI. */
final class SchemaCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "schema")
      .description("Print the JSON Schema (draft 2020-12) of the spec format.")
      .spec();

  private final Arg<Boolean> markdown =
      Arg.flag(spec, "--markdown", "Print the spec reference as a Markdown table instead.");

  @Override
  public Integer call() throws IOException {
    String schema = schemaText();
    spec.commandLine().getOut().print(markdown.value() ? new SchemaReference(schema).markdown() : schema);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  static String schemaText() throws IOException {
    try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(SchemaDocument.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + SchemaDocument.RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
