package io.rhc.audit;

import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a container (a pod template's or a compose service's) runs: its image and command words, each with its
 * position, and what that makes it: a Redis data node, a Sentinel, an HAProxy, or something else (a client).
 */
record ContainerCommand(String name, Optional<YamlNode> image, List<Word> words) {
  enum Role { REDIS, SENTINEL, HAPROXY, OTHER }

  /** One word of the command line; a plain one-line scalar's words keep their own columns. */
  record Word(String text, Located at) {
    ConfigToken token() {
      return new ConfigToken(text, at.span().line(), at.span().column());
    }
  }

  static final String HAPROXY_DEFAULT_CONFIG = "/usr/local/etc/haproxy/haproxy.cfg";

  /** The words of {@code nodes} in order (command then args, or a compose command string or list). */
  static List<Word> words(List<YamlNode> nodes) {
    List<Word> words = new ArrayList<>();
    for (YamlNode node : nodes) {
      if (!node.items().isEmpty()) {
        words.addAll(words(node.items()));
        continue;
      }
      String text = node.textOr("");
      Located start = node.located();
      boolean columns = node.node() instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
          && text.indexOf('\n') < 0;
      int p = 0;
      while (p < text.length()) {
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
          p++;
        }
        int begin = p;
        while (p < text.length() && !Character.isWhitespace(text.charAt(p))) {
          p++;
        }
        if (p > begin) {
          Located at = columns ? new Located(start.file(), Span.at(start.span().line(), start.span().column() + begin))
              : start;
          words.add(new Word(stripQuotes(text.substring(begin, p)), at));
        }
      }
    }
    return words;
  }

  Role role() {
    String base = imageBase();
    if (base.contains("haproxy") || words.stream().anyMatch(w -> w.text().endsWith("haproxy"))) {
      return Role.HAPROXY;
    }
    if (base.contains("sentinel") || words.stream().anyMatch(w -> isSentinelWord(w.text()))) {
      return Role.SENTINEL;
    }
    if (words.stream().anyMatch(w -> w.text().endsWith("redis-server") || w.text().endsWith("valkey-server"))) {
      return Role.REDIS;
    }
    boolean engineImage = base.equals("redis") || base.equals("valkey");
    return engineImage && (words.isEmpty() || startsServer()) ? Role.REDIS : Role.OTHER;
  }

  /** The config file the command starts from: the first {@code *.conf} word; for HAProxy the {@code -f} file. */
  Optional<Word> configFile() {
    if (role() == Role.HAPROXY) {
      for (int i = 0; i + 1 < words.size(); i++) {
        if (words.get(i).text().equals("-f")) {
          return Optional.of(words.get(i + 1));
        }
      }
      return words.stream().filter(w -> w.text().endsWith(".cfg")).findFirst();
    }
    return words.stream().filter(w -> w.text().endsWith(".conf")).findFirst();
  }

  /** Whether the command runs a script (Bitnami's start-node.sh): settings it adds on the way are not seen. */
  boolean throughScript() {
    return words.stream().anyMatch(w -> w.text().endsWith(".sh"));
  }

  /**
   * The {@code --directive value...} arguments after the config file (or the server program), as config lines in
   * the order Redis applies them: after the file.
   */
  List<ConfigLine> argumentLines(String file) {
    int start = -1;
    for (int i = 0; i < words.size() && start < 0; i++) {
      String w = words.get(i).text();
      if (w.endsWith(".conf") || w.endsWith("redis-server") || w.endsWith("valkey-server")
          || w.endsWith("redis-sentinel") || w.endsWith("valkey-sentinel")) {
        start = i + 1;
      }
    }
    List<ConfigLine> lines = new ArrayList<>();
    List<ConfigToken> current = null;
    for (int i = Math.max(start, 0); start >= 0 && i < words.size(); i++) {
      Word w = words.get(i);
      if (w.text().startsWith("--") && w.text().length() > 2) {
        if (current != null && !current.isEmpty()) {
          lines.add(new ConfigLine(file, current));
        }
        current = w.text().equals("--sentinel") ? null : new ArrayList<>();
        if (current != null) {
          current.add(new ConfigToken(w.text().substring(2), w.at().span().line(), w.at().span().column() + 2));
        }
      } else if (current != null) {
        current.add(w.token());
      }
    }
    if (current != null && !current.isEmpty()) {
      lines.add(new ConfigLine(file, current));
    }
    return lines;
  }

  String imageText() {
    return image.flatMap(YamlNode::text).orElse("");
  }

  /** {@code redis} for {@code docker.io/bitnami/redis:7.2.4}. */
  private String imageBase() {
    String image = imageText().toLowerCase(Locale.ROOT);
    int at = image.indexOf('@');
    String name = at >= 0 ? image.substring(0, at) : image;
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    if (colon > slash) {
      name = name.substring(0, colon);
    }
    return name.substring(slash + 1);
  }

  private boolean isSentinelWord(String w) {
    return w.endsWith("redis-sentinel") || w.endsWith("valkey-sentinel") || w.equals("--sentinel")
        || (w.endsWith(".sh") && w.contains("sentinel")) || (throughScript() && w.equals("sentinel"));
  }

  /**
   * A start script that runs the server: named {@code start*.sh} (Bitnami's start-node.sh), or given the role
   * {@code redis} as its argument (rhc's own {@code rhc-run.sh redis}); not a helper such as fix-split-brain.sh.
   */
  private boolean startsServer() {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      String name = w.substring(w.lastIndexOf('/') + 1);
      if (name.endsWith(".sh") && (name.startsWith("start")
          || i + 1 < words.size() && List.of("redis", "server", "node").contains(words.get(i + 1).text()))) {
        return true;
      }
    }
    return false;
  }

  private static String stripQuotes(String word) {
    if (word.length() >= 2 && (word.startsWith("\"") && word.endsWith("\"") || word.startsWith("'") && word.endsWith("'"))) {
      return word.substring(1, word.length() - 1);
    }
    return word;
  }
}
