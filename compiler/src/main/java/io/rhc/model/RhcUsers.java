package io.rhc.model;

import java.util.List;

/**
 * The ACL users rhc itself needs in mode {@code acl}, each limited to the commands it sends (all log in with
 * {@code auth.password}). The rules follow Redis' documented ACLs for replicas and Sentinel.
 */
public final class RhcUsers {
  /** rhc's scripts: boot-time master choice, the stop hook's hand-over, rollouts and ACL rotations. */
  public static final User ADMIN = new User("rhc-admin", "-@all +@connection +info +role +dbsize +config|get"
      + " +config|set +client|pause +client|unpause +client|list +replicaof +slaveof +failover +acl|setuser"
      + " +acl|deluser +acl|users +acl|list +acl|whoami +bgsave +bgrewriteaof +lastsave");
  /** Replicas to their master ({@code masteruser}). */
  public static final User REPLICA = new User("rhc-replica", "-@all +psync +replconf +ping");
  /** Sentinels to the data nodes ({@code sentinel auth-user}). */
  public static final User SENTINEL = new User("rhc-sentinel", "allchannels -@all +multi +slaveof +ping +exec"
      + " +subscribe +config|rewrite +role +publish +info +client|setname +client|kill +script|kill");
  /** HAProxy's health check: AUTH (always allowed), PING and INFO replication. */
  public static final User CHECK = new User("rhc-check", "-@all +ping +info +quit");

  public static final List<User> ALL = List.of(ADMIN, REPLICA, SENTINEL, CHECK);

  private RhcUsers() {}

  /** A user name and its ACL rules, keys and channels reset. */
  public record User(String name, String rules) {}
}
