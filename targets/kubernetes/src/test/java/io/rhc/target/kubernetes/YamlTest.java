package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every escaped value reads back as the same string under YAML 1.1 rules, the ones kubectl applies. */
class YamlTest {

  static Stream<Arguments> tricky() {
    return Stream.of(
        Arguments.of("yes", "yes"), Arguments.of("no-capitalised", "No"), Arguments.of("on", "on"),
        Arguments.of("off-upper-case", "OFF"), Arguments.of("y", "y"), Arguments.of("n", "n"),
        Arguments.of("true", "true"), Arguments.of("false-capitalised", "False"), Arguments.of("null", "null"),
        Arguments.of("tilde", "~"), Arguments.of("integer", "1"), Arguments.of("hex", "0x1F"),
        Arguments.of("float-exponent", "1e3"), Arguments.of("octal", "012"), Arguments.of("sexagesimal", "12:30"),
        Arguments.of("infinity", ".inf"), Arguments.of("dash", "-"), Arguments.of("list-item", "- a"),
        Arguments.of("leading-colon", ": x"), Arguments.of("key-value", "a: b"), Arguments.of("comment", "#x"),
        Arguments.of("inline-comment", "a #b"), Arguments.of("empty", ""), Arguments.of("leading-space", " lead"),
        Arguments.of("trailing-space", "trail "), Arguments.of("double-quote", "quote\"s"),
        Arguments.of("backslash", "back\\slash"), Arguments.of("newline", "new\nline"),
        Arguments.of("tab", "tab\there"), Arguments.of("alias", "*alias"), Arguments.of("anchor", "&anchor"),
        Arguments.of("tag", "!tag"), Arguments.of("directive", "%x"), Arguments.of("reserved-at", "@x"),
        Arguments.of("reserved-backtick", "`x"), Arguments.of("flow-map", "{a}"), Arguments.of("flow-list", "[a]"),
        Arguments.of("comma", "a,b"), Arguments.of("question-mark", "?"), Arguments.of("literal-block", "|"),
        Arguments.of("folded-block", ">"), Arguments.of("single-quotes", "'single'"),
        Arguments.of("cpu-quantity", "500m"), Arguments.of("memory-quantity", "768Mi"),
        Arguments.of("image", "redis:8.6.2-alpine"), Arguments.of("cron", "0 3 * * 0"),
        Arguments.of("url", "http://x:9091"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tricky")
  void readsBackAsTheSameString(String name, String value) {
    Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load("k: " + Yaml.str(value) + "\n");
    assertEquals(value, doc.get("k"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"redis-v2", "kube-system", "/etc/rhc", "app.kubernetes.io", "proxmox-lvm", "a_b"})
  void plainNamesStayPlain(String value) {
    assertEquals(value, Yaml.str(value));
  }
}
