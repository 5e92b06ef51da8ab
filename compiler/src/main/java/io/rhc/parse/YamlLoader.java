package io.rhc.parse;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceFile;
import io.rhc.source.SourceReader;
import io.rhc.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import tools.jackson.databind.JsonNode;

/** Stage 1: YAML text to a JSON tree with positions. */
public final class YamlLoader {
  /** Returns the document, or empty when the file is not usable YAML (diagnostics say why). */
  public Optional<ParsedDocument> load(SourceFile file, Diagnostics diagnostics) {
    String text = file.text();
    int limit = SourceReader.MAX_BYTES;
    if (text.length() > limit || text.getBytes(StandardCharsets.UTF_8).length > limit) {
      diagnostics.add(ParseProblems.error(ParseProblems.TOO_LARGE, SpecPath.root(), Span.at(1, 1),
          "File is larger than " + limit / 1024 + " KiB", "A spec is normally a few KiB; the file is "
              + "read whole, so a huge file is refused before parsing.",
          "Check that this is the spec file; move data such as certificates or scripts out of it."));
      return Optional.empty();
    }
    try {
      return compose(file, diagnostics);
    } catch (MarkedYAMLException e) {
      diagnostics.add(SyntaxErrors.of(e, text));
    } catch (ReaderException e) {
      diagnostics.add(SyntaxErrors.of(e, text));
    } catch (YAMLException e) {
      diagnostics.add(ParseProblems.error(ParseProblems.SYNTAX, SpecPath.root(), Span.at(1, 1),
          "The file is not readable YAML", null, "Check the file against the examples in `examples/`."));
    }
    return Optional.empty();
  }

  private static Optional<ParsedDocument> compose(SourceFile file, Diagnostics diagnostics) {
    LoaderOptions options = options();
    Optional<Diagnostic> streamProblem = StreamCheck.firstProblem(file.text(), options);
    if (streamProblem.isPresent()) {
      diagnostics.add(streamProblem.get());
      return Optional.empty();
    }
    Node root = new Composer(new ParserImpl(new StreamReader(file.text()), options), new PlainScalarResolver(), options)
        .getSingleNode();
    if (root == null || isEmptyScalar(root)) {
      diagnostics.add(ParseProblems.error(ParseProblems.DOCUMENT_SHAPE, SpecPath.root(),
          root == null ? Span.at(1, 1) : Spans.at(root.getStartMark()), "The file holds no spec", null,
          "Start from an example such as `examples/homelab-k8s/spec.yaml`."));
      return Optional.empty();
    }
    if (!(root instanceof MappingNode)) {
      diagnostics.add(ParseProblems.error(ParseProblems.DOCUMENT_SHAPE, SpecPath.root(), Spans.at(root.getStartMark()),
          "The top level is a " + (root instanceof ScalarNode ? "single value" : "list") + ", not a mapping", null,
          "Start the file with `apiVersion: rhc/v1` and `kind: RedisHA` at the left margin."));
      return Optional.empty();
    }
    Optional<Diagnostic> expansion = ExpansionCheck.problem(root);
    if (expansion.isPresent()) {
      diagnostics.add(expansion.get());
      return Optional.empty();
    }
    NodeWalker walker = new NodeWalker();
    JsonNode json = walker.walk(root, SpecPath.root());
    diagnostics.addAll(walker.problems());
    return Optional.of(new ParsedDocument(file, json, walker.sourceMap()));
  }

  private static boolean isEmptyScalar(Node root) {
    return root instanceof ScalarNode scalar
        && scalar.getTag().equals(PlainScalarResolver.PLAIN)
        && CoreSchema.plain(scalar.getValue()).isNull();
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // the walker reports every duplicate with both positions
    options.setMaxAliasesForCollections(StreamCheck.MAX_ALIASES);
    options.setNestingDepthLimit(StreamCheck.MAX_DEPTH + 1);
    options.setCodePointLimit(SourceReader.MAX_BYTES);
    options.setTagInspector(tag -> true); // the walker rejects every non-standard tag with its position
    options.setProcessComments(false);
    return options;
  }
}
