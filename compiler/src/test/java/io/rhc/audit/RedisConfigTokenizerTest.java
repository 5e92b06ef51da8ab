package io.rhc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedisConfigTokenizerTest {
  private static final String CONFIG = """
      # a comment
      port 6379
      requirepass "s3cr\\"et\\x41\\n"
      masterauth 'it\\'s'
      sentinel monitor veza-master redis-1.lxd 6379 2
        maxmemory 1gb
      """;

  @Test
  void splitsLikeSdssplitargs() {
    Diagnostics d = new Diagnostics();
    List<ConfigLine> lines = RedisConfigTokenizer.tokenize("r.conf", CONFIG, d);
    assertEquals(List.of(), d.all());
    assertEquals(5, lines.size());
    assertEquals("s3cr\"etA\n", lines.get(1).arg(1));
    assertEquals("it's", lines.get(2).arg(1));
    assertEquals(List.of(5, 18), List.of(lines.get(3).tokens().get(2).line(), lines.get(3).tokens().get(2).column()));
    assertEquals(3, lines.get(4).tokens().get(0).column());
  }

  @Test
  void inlineCommentIsAPositionedError() {
    Diagnostics d = new Diagnostics();
    List<ConfigLine> lines = RedisConfigTokenizer.tokenize("r.conf", "port 0\nmaxmemory 100mb # cap\n", d);
    assertEquals(1, lines.size());
    Diagnostic only = d.all().get(0);
    assertEquals(AuditCodes.INLINE_COMMENT, only.code());
    assertEquals("2:17", only.span().toString());
  }

  @Test
  void closingQuoteFollowedByTextIsBadQuoting() {
    Diagnostics d = new Diagnostics();
    RedisConfigTokenizer.tokenize("r.conf", "maxmemory-policy \"noeviction\"x\nrequirepass 'open\n", d);
    assertEquals(List.of("RHC0501 1:30", "RHC0501 2:13"),
        d.all().stream().map(x -> x.code() + " " + x.span()).toList());
  }

  @Test
  void unknownDirectivesArePositionedWithTheNearestKnownName() {
    Diagnostics d = new Diagnostics();
    List<ConfigLine> lines = RedisConfigTokenizer.tokenize("r.conf",
        "port 6379\n  min-replicas-to-wirte 1\nsentinel monitor m h 6379 2\nrename-command FLUSHALL \"\"\n", d);
    KnownDirectives.check(new HostMaterial.Conf("r.conf", lines), false, d);
    assertEquals(List.of("RHC0508 2:3", "RHC0508 3:1"), d.all().stream().map(x -> x.code() + " " + x.span()).toList());
    assertTrue(d.all().get(0).hint().startsWith("Did you mean `min-replicas-to-write`?"), d.all().get(0).hint());
    assertTrue(d.all().get(1).summary().contains("only in Sentinel mode"), d.all().get(1).summary());
    Diagnostics sentinel = new Diagnostics();
    KnownDirectives.check(new HostMaterial.Conf("s.conf", lines.subList(2, 4)), true, sentinel);
    assertEquals(List.of(), sentinel.all(), "a sentinel line in sentinel.conf, rename-command anywhere");
  }

  /** Seeded mutations (byte flips, insertions, quote damage) of real configs: never an exception. */
  @Test
  void mutatedConfigsNeverThrow() {
    Random random = new Random(19);
    String alphabet = "\"'\\x#\t \n\r\0aZ9";
    int problems = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder(CONFIG);
      for (int m = random.nextInt(6); m >= 0; m--) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> { if (at < text.length()) { text.setCharAt(at, (char) random.nextInt(256)); } }
          default -> { if (at < text.length()) { text.deleteCharAt(at); } }
        }
      }
      Diagnostics d = new Diagnostics();
      RedisConfigTokenizer.tokenize("m.conf", text.toString(), d);
      HaproxyConfigParser.parse("m.cfg", text.toString(), d);
      problems += d.all().size();
      d.all().forEach(x -> assertTrue(x.span() != null && x.span().line() >= 1));
    }
    assertTrue(problems > 100, "mutations should produce problems, got " + problems);
  }
}
