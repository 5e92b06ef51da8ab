package io.rhc.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A throw-away CA and one certificate for every host of the lab, made with openssl in the work directory: the
 * servers, HAProxy's checks and the drill's own clients verify each other with them, as the deployed cluster does
 * with the operator's. The certificate names every lab host (and 127.0.0.1, for the clients beside a proxy) and
 * serves both ends, so it also passes {@code tls-auth-clients yes}.
 */
final class LabCertificates {
  private final Path dir;

  private LabCertificates(Path dir) {
    this.dir = dir;
  }

  static LabCertificates make(Path work, List<String> hosts) throws IOException {
    Path dir = work.resolve("tls");
    Files.createDirectories(dir);
    openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
        "-subj", "/CN=rhc drill throw-away CA");
    openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "lab.key", "-out", "lab.csr", "-subj",
        "/CN=rhc drill lab");
    String names = hosts.stream().map(h -> "DNS:" + h).collect(Collectors.joining(","));
    Files.writeString(dir.resolve("lab.ext"), "subjectAltName=" + names + ",DNS:localhost,IP:127.0.0.1\n"
        + "extendedKeyUsage=serverAuth,clientAuth\n", StandardCharsets.UTF_8);
    openssl(dir, "x509", "-req", "-in", "lab.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out",
        "lab.crt", "-days", "2", "-extfile", "lab.ext");
    return new LabCertificates(dir);
  }

  Path certificate() {
    return dir.resolve("lab.crt");
  }

  Path key() {
    return dir.resolve("lab.key");
  }

  Path ca() {
    return dir.resolve("ca.crt");
  }

  /** The redis-cli options of a client that verifies the servers and, when they ask, shows the lab certificate. */
  List<String> cliOptions(boolean clientAuth) {
    List<String> options = new ArrayList<>(List.of("--tls", "--cacert", ca().toString()));
    if (clientAuth) {
      options.addAll(List.of("--cert", certificate().toString(), "--key", key().toString()));
    }
    return options;
  }

  private static void openssl(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", "-c", "cd \"$0\" && exec openssl \"$@\"", dir.toString()));
    command.addAll(List.of(args));
    Commands.Result r = Commands.run(Duration.ofSeconds(60), Map.of(), command);
    if (!r.ok()) {
      throw new IOException("openssl " + String.join(" ", args) + " failed: " + r.output().strip());
    }
  }
}
