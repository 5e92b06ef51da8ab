package io.rhc.drill;

/** Broken variants of the examples, written as the YAML a user would write. */
final class Variants {
  private Variants() {}

  /** No RDB, no AOF; lost acknowledged writes are an objective (0). */
  static String persistenceOff(String yaml) {
    String off = yaml.replaceFirst("(?m)^  persistence:\\n    rdb:\\n", "  persistence:\n    rdb:\n      enabled: false\n");
    return off + "  drill:\n    objectives:\n      maxLostWrites: { default: 0 }\n";
  }

  /** Sentinels hand out and store IP addresses: {@code sentinel.announceHostnames: false}. */
  static String announceIps(String yaml) {
    return yaml.replaceFirst("(?m)^(    masterName: .*\\n)", "$1    announceHostnames: false\n");
  }

  /** {@code yaml} with a lint rule switched off, the way a user silences an error they accept. */
  static String ignoring(String yaml, String rule, String reason) {
    return yaml + "  lint:\n    ignore:\n      - { rule: " + rule + ", reason: \"" + reason + "\" }\n";
  }

  /**
   * TLS on every hop with certificate files the hosts would hold (the drill installs its own lab certificates at
   * the paths its units read).
   */
  static String tls(String yaml) {
    return yaml + "  tls:\n    enabled: true\n    certificateFile: /etc/ssl/rhc/redis.crt\n"
        + "    keyFile: /etc/ssl/rhc/redis.key\n    caFile: /etc/ssl/rhc/ca.crt\n";
  }

  /** Mode acl with one application user: the default user off, rhc's own users for replication, sentinels, checks. */
  static String acl(String yaml) {
    String acl = yaml.replaceFirst("(?m)^    mode: password\n", "    mode: acl\n    users:\n      - name: app\n"
        + "        password: { file: /etc/redis-ha/secrets/app-password }\n"
        + "        permissions: \"~app:* +@read +@write\"\n");
    if (acl.equals(yaml)) {
      throw new IllegalArgumentException("no `mode: password` to turn into acl");
    }
    return acl;
  }
}
