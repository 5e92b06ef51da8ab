package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real programs the runtime tests need: missing ones skip the test, or fail it when CI=true. */
final class Programs {
  private Programs() {}

  static void require(String... programs) {
    for (String program : programs) {
      boolean found = List.of("/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/", "/usr/local/bin/").stream()
          .anyMatch(dir -> Files.isExecutable(Path.of(dir + program)));
      missing(found, program + " is not installed");
    }
  }

  /** Private hosts files need user and mount namespaces. */
  static void requireNamespaces() {
    require("unshare");
    boolean ok;
    try {
      Process p = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "true")
          .redirectErrorStream(true).start();
      ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      ok = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ok = false;
    }
    missing(ok, "this machine cannot create user and mount namespaces (unshare --user --map-root-user --mount)");
  }

  /** {@code major.minor.patch} of the installed redis-server. */
  static String redisVersion() {
    require("redis-server");
    try {
      Process p = new ProcessBuilder("redis-server", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("redis-server --version hung");
      }
      Matcher m = Pattern.compile("v=(\\d+\\.\\d+\\.\\d+)").matcher(out);
      if (!m.find()) {
        fail("no version in: " + out);
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void missing(boolean ok, String why) {
    if (!ok && "true".equals(System.getenv("CI"))) {
      fail(why + " (CI=true: required)");
    }
    assumeTrue(ok, why);
  }
}
