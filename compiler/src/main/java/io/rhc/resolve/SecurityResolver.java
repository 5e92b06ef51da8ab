package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.AclUser;
import io.rhc.model.Auth;
import io.rhc.model.AuthMode;
import io.rhc.model.SecretRef;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code spec.auth}. Secrets are references; their values are never read. */
final class SecurityResolver {
  private static final SpecPath AUTH = SPEC.at("auth");

  private SecurityResolver() {}

  static Auth auth(SpecReader reader, Diagnostics diagnostics) {
    AuthMode mode = reader.choice(AUTH.at("mode"), AuthMode.class);
    Optional<SecretRef> password = secret(reader, AUTH.at("password"));
    List<AclUser> users = new ArrayList<>();
    int count = reader.count(AUTH.at("users"));
    for (int i = 0; i < count; i++) {
      SpecPath at = AUTH.at("users").at(i);
      List<SecretRef> passwords = new ArrayList<>();
      secret(reader, at.at("password")).ifPresent(passwords::add);
      for (int j = 0; j < reader.count(at.at("passwords")); j++) {
        secret(reader, at.at("passwords").at(j)).ifPresent(passwords::add);
      }
      users.add(new AclUser(reader.text(at.at("name")), passwords, reader.text(at.at("permissions"))));
    }
    Auth auth = new Auth(mode, password, secret(reader, AUTH.at("sentinelPassword")), users,
        reader.flag(AUTH.at("defaultUser")), reader.flag(AUTH.at("protectedMode")));
    check(auth, diagnostics);
    checkUsers(auth, reader, diagnostics);
    if (auth.acl() && !auth.defaultUser()) {
      aclRefusal(diagnostics, reader.flag(SPEC.at("monitoring").at("exporter").at("enabled")),
          SPEC.at("monitoring").at("exporter").at("enabled"), "the exporter");
      aclRefusal(diagnostics, reader.flag(SPEC.at("backup").at("enabled")), SPEC.at("backup").at("enabled"),
          "the backup job");
    }
    return auth;
  }

  /** Users only in mode {@code acl}, each name once and none of rhc's own. */
  private static void checkUsers(Auth auth, SpecReader reader, Diagnostics diagnostics) {
    if (!auth.acl() && (!auth.users().isEmpty() || auth.defaultUser())) {
      SpecPath at = auth.users().isEmpty() ? AUTH.at("defaultUser") : AUTH.at("users");
      diagnostics.add(Diagnostic.error("RHC0204", at, "ACL users need auth mode `acl`",
          "Set `auth.mode: acl`, or remove `auth.users` and `auth.defaultUser`.")
          .withDetail("In mode `" + auth.mode().name().toLowerCase(Locale.ROOT) + "` they would be silently"
              + " ignored."));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < auth.users().size(); i++) {
      String name = auth.users().get(i).name();
      SpecPath at = AUTH.at("users").at(i).at("name");
      if (name.equals("default") || name.startsWith("rhc-")) {
        diagnostics.add(Diagnostic.error("RHC0204", at, "User name `" + name + "` is rhc's",
            "Pick another name; keep the default user with `auth.defaultUser: true`.")
            .withDetail("rhc writes `default` and its own `rhc-*` users (admin, replica, sentinel, check) itself."));
      } else if (!seen.add(name)) {
        diagnostics.add(Diagnostic.error("RHC0204", at, "User `" + name + "` is declared twice",
            "Declare each user once; list both passwords of a rotation under its `passwords`."));
      }
    }
  }

  private static void aclRefusal(Diagnostics diagnostics, boolean when, SpecPath at, String what) {
    if (when) {
      diagnostics.add(Diagnostic.error("RHC0215", at, "In auth mode `acl`, " + what + " has no ACL user yet",
          "Turn it off, or keep the default user for it with `auth.defaultUser: true`.")
          .withDetail("With the default user off it would log in as nobody; refusing is safer than a job that"
              + " cannot reach the nodes."));
    }
  }

  /** A secret reference: exactly one of {@code kubernetesSecret}, {@code file} or {@code env}. */
  static Optional<SecretRef> secret(SpecReader reader, SpecPath at) {
    if (reader.inFile(at.at("kubernetesSecret"))) {
      SpecPath k8s = at.at("kubernetesSecret");
      return Optional.of(new SecretRef.KubernetesSecret(reader.text(k8s.at("name")), reader.text(k8s.at("key"))));
    }
    if (reader.inFile(at.at("file"))) {
      return Optional.of(new SecretRef.File(reader.text(at.at("file"))));
    }
    if (reader.inFile(at.at("env"))) {
      return Optional.of(new SecretRef.Env(reader.text(at.at("env"))));
    }
    return Optional.empty();
  }

  private static void check(Auth auth, Diagnostics diagnostics) {
    String mode = "`" + auth.mode().name().toLowerCase(Locale.ROOT) + "`";
    if (auth.mode() != AuthMode.NONE && auth.password().isEmpty()) {
      diagnostics.add(Diagnostic.error("RHC0204", AUTH.at("password"),
          "Auth mode " + mode + " needs `auth.password`",
          "Add `auth.password` with a `kubernetesSecret`, `file` or `env` reference.")
          .withDetail("Replicas and sentinels authenticate to the master with it (`masterauth`)."));
    }
    if (auth.mode() == AuthMode.ACL && auth.users().isEmpty() && !auth.defaultUser()) {
      diagnostics.add(Diagnostic.error("RHC0204", AUTH.at("users"),
          "Auth mode `acl` without any `auth.users`",
          "List the application users under `auth.users`, or use `mode: password`.")
          .withDetail("The default user is off in mode `acl`: no application could log in."));
    }
    if (auth.mode() == AuthMode.NONE && auth.password().isPresent()) {
      diagnostics.add(Diagnostic.error("RHC0204", AUTH.at("password"),
          "`auth.password` is given but auth mode is `none`",
          "Set `auth.mode: password` to use the password, or remove `auth.password`.")
          .withDetail("With mode `none` the password would be silently ignored and the cluster left open."));
    }
  }
}
