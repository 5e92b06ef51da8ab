package io.rhc.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A CA and one server certificate made by openssl for a test, valid two days: {@code ca.crt}, {@code server.crt} and
 * {@code server.key} in {@code dir}.
 *
 * @param subjectAltNames the certificate's SANs as openssl writes them, e.g. {@code DNS:localhost}, {@code IP:127.0.0.1}
 */
public record ThrowAwayCa(Path dir, List<String> subjectAltNames) {

  public static ThrowAwayCa create(Path dir, List<String> subjectAltNames) throws IOException, InterruptedException {
    ThrowAwayCa ca = new ThrowAwayCa(dir, List.copyOf(subjectAltNames));
    ca.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
        "-subj", "/CN=rhc throw-away test CA");
    ca.openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj",
        "/CN=rhc-test");
    Files.writeString(dir.resolve("san.ext"), "subjectAltName=" + String.join(",", subjectAltNames) + "\n");
    ca.openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out",
        "server.crt", "-days", "2", "-extfile", "san.ext");
    return ca;
  }

  public Path caFile() {
    return dir.resolve("ca.crt");
  }

  public Path certificateFile() {
    return dir.resolve("server.crt");
  }

  public Path keyFile() {
    return dir.resolve("server.key");
  }

  private void openssl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl " + String.join(" ", args) + ": " + out);
  }
}
