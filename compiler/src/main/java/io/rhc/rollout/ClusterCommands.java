package io.rhc.rollout;

import io.rhc.model.HostRole;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import io.rhc.model.SystemdHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a plan's commands reach the processes on one target: {@code kubectl exec} into the pods,
 * {@code docker-compose exec} into the services, {@code ssh} to the hosts. Names follow what the targets
 * generate ({@code RolloutAgainstOutputTest} in the cli module checks them against compiled output).
 */
public enum ClusterCommands {
  KUBERNETES,
  COMPOSE,
  SYSTEMD;

  public static ClusterCommands of(String target) {
    return valueOf(target.toUpperCase(Locale.ROOT));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Data node {@code i} as the plan names it: its pod, service or host. */
  String node(Spec s, int i) {
    return switch (this) {
      case KUBERNETES -> s.name() + "-" + i;
      case COMPOSE -> s.compose().servicePrefix() + "-redis-" + i;
      case SYSTEMD -> s.systemd().flatMap(sd -> sd.hosts().stream()
          .filter(h -> h.node().isPresent() && h.node().getAsInt() == i).map(SystemdHost::name).findFirst())
          .orElse("redis-host-" + i);
    };
  }

  String sentinel(Spec s, int i) {
    boolean dedicated = s.sentinel().placement() == SentinelPlacement.DEDICATED;
    return switch (this) {
      case KUBERNETES -> dedicated ? s.name() + "-sentinel-" + i : s.name() + "-" + i;
      case COMPOSE -> s.compose().servicePrefix() + "-sentinel-" + i;
      case SYSTEMD -> host(s, HostRole.SENTINEL, i);
    };
  }

  /** redis-cli on data node {@code i}, against itself. */
  String nodeCli(Spec s, int i, String args) {
    return exec(s, node(s, i), "redis", cli(s) + "-p " + s.nodes().port() + adminLogin(s) + " " + args);
  }

  String sentinelCli(Spec s, int i, String args) {
    return exec(s, sentinel(s, i), "sentinel", cli(s) + "-p " + s.sentinel().port() + " " + args);
  }

  String restartNode(Spec s, int i) {
    return switch (this) {
      case KUBERNETES -> "kubectl -n " + s.metadata().namespace() + " delete pod " + node(s, i);
      case COMPOSE -> "docker-compose up -d --no-deps --force-recreate " + node(s, i);
      case SYSTEMD -> "ssh " + node(s, i) + " systemctl restart rhc-" + s.name() + "-redis.service";
    };
  }

  String restartSentinel(Spec s, int i) {
    return switch (this) {
      case KUBERNETES -> s.sentinel().placement() == SentinelPlacement.DEDICATED
          ? "kubectl -n " + s.metadata().namespace() + " delete pod " + sentinel(s, i)
          : "kubectl -n " + s.metadata().namespace() + " delete pod " + node(s, i) + "  # sentinel shares the pod";
      case COMPOSE -> "docker-compose up -d --no-deps --force-recreate " + sentinel(s, i);
      case SYSTEMD -> "ssh " + sentinel(s, i) + " systemctl restart rhc-" + s.name() + "-sentinel.service";
    };
  }

  /** Starts data node {@code i} of a grown cluster (on Kubernetes: the StatefulSet scaled to include it). */
  String startNode(Spec s, int i) {
    return switch (this) {
      case KUBERNETES -> "kubectl -n " + s.metadata().namespace() + " scale statefulset " + s.name() + " --replicas="
          + (i + 1);
      case COMPOSE -> "docker-compose up -d --no-deps " + node(s, i);
      case SYSTEMD -> "ssh " + node(s, i) + " systemctl enable --now rhc-" + s.name() + "-redis.service";
    };
  }

  /** Stops data node {@code i} of a shrinking cluster for good ({@code count}: how many stay). */
  String stopNode(Spec s, int i, int count) {
    return switch (this) {
      case KUBERNETES -> "kubectl -n " + s.metadata().namespace() + " scale statefulset " + s.name() + " --replicas="
          + count;
      case COMPOSE -> "docker-compose rm -s -f " + node(s, i);
      case SYSTEMD -> "ssh " + node(s, i) + " systemctl disable --now rhc-" + s.name() + "-redis.service";
    };
  }

  String startSentinel(Spec s, int i) {
    return switch (this) {
      case KUBERNETES -> s.sentinel().placement() == SentinelPlacement.DEDICATED
          ? "kubectl -n " + s.metadata().namespace() + " scale statefulset " + s.name() + "-sentinel --replicas="
              + (i + 1) : startNode(s, i);
      case COMPOSE -> "docker-compose up -d --no-deps " + sentinel(s, i);
      case SYSTEMD -> "ssh " + sentinel(s, i) + " systemctl enable --now rhc-" + s.name() + "-sentinel.service";
    };
  }

  String stopSentinel(Spec s, int i, int count) {
    return switch (this) {
      case KUBERNETES -> s.sentinel().placement() == SentinelPlacement.DEDICATED
          ? "kubectl -n " + s.metadata().namespace() + " scale statefulset " + s.name() + "-sentinel --replicas="
              + count : stopNode(s, i, count);
      case COMPOSE -> "docker-compose rm -s -f " + sentinel(s, i);
      case SYSTEMD -> "ssh " + sentinel(s, i) + " systemctl disable --now rhc-" + s.name() + "-sentinel.service";
    };
  }

  /** Reloads (or, where the target cannot, replaces) each proxy, one at a time. */
  List<String> reloadProxies(Spec s) {
    List<String> commands = new ArrayList<>();
    switch (this) {
      case KUBERNETES -> commands.add("kubectl -n " + s.metadata().namespace() + " rollout restart deployment/"
          + s.name() + "-haproxy && kubectl -n " + s.metadata().namespace() + " rollout status deployment/"
          + s.name() + "-haproxy");
      case COMPOSE -> {
        for (int i = 0; i < s.proxy().replicas(); i++) {
          commands.add("docker-compose kill -s USR2 " + s.compose().servicePrefix() + "-haproxy-" + i);
        }
      }
      case SYSTEMD -> hosts(s, HostRole.PROXY).forEach(h -> commands.add("ssh " + h + " systemctl reload rhc-"
          + s.name() + "-haproxy.service"));
    }
    return commands;
  }

  /** Installs what {@code rhc compile NEW} wrote, restarting nothing. */
  String install(Spec s) {
    return switch (this) {
      case KUBERNETES -> "kubectl apply -k OUT/";
      case COMPOSE -> "cp -r OUT/config OUT/haproxy OUT/compose.yaml <project directory>/";
      case SYSTEMD -> "for h in " + String.join(" ", allHosts(s)) + "; do rsync -a OUT/$h/ $h:/tmp/rhc/"
          + " && ssh $h sh /tmp/rhc/install.sh; done";
    };
  }

  /** {@code rhc-init.sh subcommand} beside data node {@code i}, with the secrets its unit or container has. */
  String nodeScript(Spec s, int i, String subcommand) {
    return switch (this) {
      case KUBERNETES -> exec(s, node(s, i), "redis", "sh /etc/rhc/rhc-init.sh " + subcommand);
      case COMPOSE -> exec(s, node(s, i), "redis", "sh /etc/rhc/rhc-init.sh " + subcommand);
      case SYSTEMD -> exec(s, node(s, i), "redis", systemdInit(s, Integer.toString(i), subcommand));
    };
  }

  /** rhc-init.sh with its unit's environment: the node index and the password file. */
  static String systemdInit(Spec s, String i, String subcommand) {
    String password = passwordFile(s.auth().password(), " REDIS_PASSWORD_FILE=")
        + passwordFile(s.auth().sentinelPassword(), " SENTINEL_PASSWORD_FILE=");
    return "env RHC_NODE_INDEX=" + i + password + " sh " + s.systemd().map(d -> d.configDir()).orElse("/etc/redis-ha")
        + "/" + s.name() + "/redis/rhc-init.sh " + subcommand;
  }

  private static String passwordFile(java.util.Optional<io.rhc.model.SecretRef> ref, String variable) {
    return ref.filter(io.rhc.model.SecretRef.File.class::isInstance)
        .map(f -> variable + ((io.rhc.model.SecretRef.File) f).path()).orElse("");
  }

  /** Mode acl: redis-cli's login of rhc's scripts on a data node (the default user is off), else "". */
  static String adminLogin(Spec s) {
    return s.auth().acl() ? " --user " + io.rhc.model.RhcUsers.ADMIN.name() : "";
  }

  /** redis-cli with the host's TLS options (systemd: the spec's files). */
  private String cli(Spec s) {
    String tls = this == SYSTEMD ? s.tls().redisCliOptions() : "";
    return tls.isEmpty() ? "redis-cli " : "redis-cli " + tls + " ";
  }

  private String exec(Spec s, String where, String container, String command) {
    return switch (this) {
      case KUBERNETES -> "kubectl -n " + s.metadata().namespace() + " exec " + where + " -c " + container + " -- "
          + command;
      case COMPOSE -> "docker-compose exec " + where + " " + command;
      case SYSTEMD -> "ssh " + where + " " + command;
    };
  }

  private static String host(Spec s, HostRole role, int i) {
    List<String> hosts = hosts(s, role);
    return i < hosts.size() ? hosts.get(i) : role.name().toLowerCase(Locale.ROOT) + "-host-" + i;
  }

  private static List<String> hosts(Spec s, HostRole role) {
    return s.systemd().map(sd -> sd.hosts().stream().filter(h -> h.runs(role)).map(SystemdHost::name).toList())
        .orElse(List.of());
  }

  private static List<String> allHosts(Spec s) {
    return s.systemd().map(sd -> sd.hosts().stream().map(SystemdHost::name).toList()).orElse(List.of());
  }
}
