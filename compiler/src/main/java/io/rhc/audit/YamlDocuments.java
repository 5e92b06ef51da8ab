package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The documents of a YAML stream (a manifest file, {@code kubectl kustomize} or {@code helm template} output, a
 * compose file) as nodes with positions. A syntax error is a positioned {@code RHC0509}; the documents before it
 * are kept, as {@code kubectl apply} would have applied them.
 */
final class YamlDocuments {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_DEPTH = 64;

  private YamlDocuments() {}

  static List<YamlNode> read(String file, String text, Diagnostics problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowDuplicateKeys(true);
    options.setProcessComments(false);
    List<YamlNode> documents = new ArrayList<>();
    try {
      for (Node node : new Yaml(options).composeAll(new StringReader(text))) {
        if (node instanceof MappingNode) {
          documents.add(new YamlNode(node, file));
        } else if (node != null) {
          YamlNode doc = new YamlNode(node, file);
          if (doc.text().map(t -> !t.isBlank()).orElse(true)) {
            problem(file, node.getStartMark(), "A document is not a mapping", problems);
          }
        }
      }
    } catch (MarkedYAMLException e) {
      problem(file, e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
          "Not readable YAML: " + firstLine(e.getProblem()), problems);
    } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
      problem(file, null, "Not readable YAML: " + firstLine(e.getMessage()), problems);
    }
    return documents;
  }

  private static void problem(String file, Mark mark, String summary, Diagnostics problems) {
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_MANIFEST, file, line, column, summary,
        "Fix the YAML at this position; `kubectl apply --dry-run=client -f` reports the same problem."));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
