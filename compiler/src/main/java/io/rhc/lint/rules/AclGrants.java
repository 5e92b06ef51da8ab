package io.rhc.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which commands an ACL user's rules let it run, read the way Redis applies them: after {@code -@all}, left to
 * right, the last rule that names a command (or a category holding it) wins. Only the commands the lint rules ask
 * about are known, with the categories Redis 7 puts them in (COMMAND INFO): for a command with subcommands, those
 * of its harmful ones (ACL SETUSER, CONFIG SET, DEBUG SLEEP, MODULE LOAD), which AclGrantsLiveTest checks against
 * the real server's ACL DRYRUN.
 */
final class AclGrants {
  private static final Map<String, Set<String>> CATEGORIES = Map.ofEntries(
      Map.entry("flushall", Set.of("keyspace", "write", "slow", "dangerous")),
      Map.entry("flushdb", Set.of("keyspace", "write", "slow", "dangerous")),
      Map.entry("keys", Set.of("keyspace", "read", "slow", "dangerous")),
      Map.entry("config", Set.of("admin", "slow", "dangerous")),
      Map.entry("debug", Set.of("admin", "slow", "dangerous")),
      Map.entry("module", Set.of("admin", "slow", "dangerous")),
      Map.entry("acl", Set.of("admin", "slow", "dangerous")),
      Map.entry("shutdown", Set.of("admin", "slow", "dangerous")),
      Map.entry("replicaof", Set.of("admin", "slow", "dangerous")),
      Map.entry("slaveof", Set.of("admin", "slow", "dangerous")),
      Map.entry("failover", Set.of("admin", "slow", "dangerous")));

  private final List<String> rules;

  AclGrants(String permissions) {
    this.rules = List.of(permissions.trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /** The commands of {@code asked} this user may run (any subcommand counts), in the order asked. */
  List<String> allowed(List<String> asked) {
    List<String> found = new ArrayList<>();
    for (String command : asked) {
      if (allows(command)) {
        found.add(command.toUpperCase(Locale.ROOT));
      }
    }
    return found;
  }

  boolean allows(String command) {
    boolean allowed = false;
    for (String rule : rules) {
      if (rule.equals("allcommands") || rule.equals("+@all")) {
        allowed = true;
      } else if (rule.equals("nocommands") || rule.equals("-@all")) {
        allowed = false;
      } else if (rule.startsWith("+@") || rule.startsWith("-@")) {
        if (CATEGORIES.getOrDefault(command, Set.of()).contains(rule.substring(2))) {
          allowed = rule.charAt(0) == '+';
        }
      } else if (rule.startsWith("+") || rule.startsWith("-")) {
        String named = rule.substring(1);
        if (named.equals(command) || named.startsWith(command + "|")) {
          allowed = rule.charAt(0) == '+';
        }
      }
    }
    return allowed;
  }

  /** Whether the rules reach every key ({@code allkeys} or {@code ~*}). */
  boolean allKeys() {
    return rules.contains("allkeys") || rules.contains("~*");
  }
}
