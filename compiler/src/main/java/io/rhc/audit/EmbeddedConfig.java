package io.rhc.audit;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A redis.conf or sentinel.conf held in a YAML scalar (a ConfigMap data entry), tokenized by the same tokenizer as a
 * file, with every position moved into the YAML file. A literal block ({@code |}) maps line for line: its content
 * line {@code i} is file line {@code indicator + i} shifted by the block's indentation, checked against the file text
 * itself. Any other scalar style (quoted, folded) does not keep lines, so its tokens all point at the value's start.
 */
final class EmbeddedConfig {
  private EmbeddedConfig() {}

  static HostMaterial.Conf read(YamlNode value, String yamlText, List<AuditNote> notes, Diagnostics problems) {
    String content = value.textOr("");
    Diagnostics local = new Diagnostics();
    List<ConfigLine> relative = RedisConfigTokenizer.tokenize(value.file(), content, local);
    Mapping mapping = mapping(value, yamlText, content);
    List<ConfigLine> lines = new ArrayList<>();
    for (ConfigLine line : relative) {
      List<ConfigToken> tokens = line.tokens().stream().map(mapping::token).toList();
      ConfigLine moved = new ConfigLine(value.file(), tokens);
      if (moved.directive().equals("include")) {
        notes.add(new AuditNote(Located.of(tokens.get(0), value.file()), "`include " + moved.arg(1)
            + "` names a file inside the container, which the manifests do not hold; its directives are not read"));
      } else {
        lines.add(moved);
      }
    }
    for (Diagnostic d : local.all()) {
      ConfigToken at = mapping.token(new ConfigToken("", d.span().line(), d.span().column()));
      problems.add(d.withLocation(value.file(), Span.at(at.line(), at.column())));
    }
    return new HostMaterial.Conf(value.file(), lines, true, value.located());
  }

  /** An haproxy.cfg held in a YAML scalar, its sections' words moved into the YAML file the same way. */
  static HostMaterial.Haproxy haproxy(YamlNode value, String yamlText, Diagnostics problems) {
    String content = value.textOr("");
    Diagnostics local = new Diagnostics();
    Mapping mapping = mapping(value, yamlText, content);
    List<HaproxySection> sections = new ArrayList<>();
    for (HaproxySection s : HaproxyConfigParser.parse(value.file(), content, local)) {
      List<HaproxyLine> lines = new ArrayList<>();
      s.lines().forEach(l -> lines.add(new HaproxyLine(value.file(), l.words().stream().map(mapping::token).toList())));
      sections.add(new HaproxySection(s.kind(), s.name(), mapping.token(s.header()), lines));
    }
    for (Diagnostic d : local.all()) {
      ConfigToken at = mapping.token(new ConfigToken("", d.span().line(), d.span().column()));
      problems.add(d.withLocation(value.file(), Span.at(at.line(), at.column())));
    }
    return new HostMaterial.Haproxy(value.file(), sections);
  }

  /** How positions in the scalar's content move to the YAML file. */
  private record Mapping(int firstLine, int indent, int valueLine, int valueColumn, boolean linewise) {
    ConfigToken token(ConfigToken t) {
      return linewise ? new ConfigToken(t.text(), firstLine + t.line() - 1, indent + t.column())
          : new ConfigToken(t.text(), valueLine, valueColumn);
    }
  }

  private static Mapping mapping(YamlNode value, String yamlText, String content) {
    int valueLine = value.node().getStartMark().getLine() + 1;
    int valueColumn = value.node().getStartMark().getColumn() + 1;
    boolean literal = value.node() instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
    if (!literal) {
      return new Mapping(0, 0, valueLine, valueColumn, false);
    }
    String[] file = yamlText.split("\n", -1);
    String[] lines = content.split("\n", -1);
    int first = valueLine + 1;
    int indent = -1;
    for (int i = 0; i < lines.length && indent < 0; i++) {
      if (!lines[i].isBlank() && first - 1 + i < file.length) {
        String source = stripCr(file[first - 1 + i]);
        indent = source.length() - lines[i].length();
      }
    }
    boolean agrees = indent >= 0;
    for (int i = 0; agrees && i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      int at = first - 1 + i;
      String source = at < file.length ? stripCr(file[at]) : "";
      agrees = source.length() == indent + lines[i].length() && source.endsWith(lines[i])
          && source.substring(0, indent).isBlank();
    }
    return agrees ? new Mapping(first, indent, valueLine, valueColumn, true)
        : new Mapping(0, 0, valueLine, valueColumn, false);
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
