package io.rhc.clients;

import io.rhc.model.DataClass;
import io.rhc.model.HostRole;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import io.rhc.model.SystemdHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an application needs to reach the cluster a target deploys, and the client timings that ride through a
 * failover of this spec.
 *
 * @param proxies the HAProxy write endpoints (host:port), empty when the spec has no proxy
 * @param sentinels every sentinel (host:port), for clients that ask the sentinels themselves
 * @param rideThrough how long a client must keep retrying to outlast an unplanned failover: the down-after plus
 *     time for the election and promotion
 * @param commandTimeout the read timeout: above the longest blocking command the data classes issue
 * @param idleCheck how often an idle connection is checked, below HAProxy's client timeout, which closes it
 */
public record ClientEndpoints(String target, List<String> proxies, List<String> sentinels, String masterName,
    boolean auth, boolean sentinelAuth, Duration rideThrough, Duration commandTimeout, Duration idleCheck) {
  /** Sentinel elects and promotes within a couple of seconds of agreeing the master is down; 5 s leaves room. */
  static final Duration ELECTION_AND_PROMOTION = Duration.ofSeconds(5);
  /** The longest wait between two retries the snippets configure. */
  public static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MIN_COMMAND_TIMEOUT = Duration.ofSeconds(5);

  public ClientEndpoints {
    proxies = List.copyOf(proxies);
    sentinels = List.copyOf(sentinels);
  }

  /** The endpoints of {@code spec} as {@code target} (kubernetes, compose, systemd) names them. */
  public static ClientEndpoints of(Spec spec, String target) {
    List<String> proxies = new ArrayList<>();
    List<String> sentinels = new ArrayList<>();
    int sentinelPort = spec.sentinel().port();
    switch (target) {
      case "kubernetes" -> {
        String ns = spec.metadata().namespace();
        if (spec.proxy().enabled()) {
          proxies.add(spec.kubernetes().serviceName() + "." + ns + ".svc:" + spec.proxy().port());
        }
        boolean dedicated = spec.sentinel().placement() == SentinelPlacement.DEDICATED;
        String set = dedicated ? spec.name() + "-sentinel" : spec.name();
        String headless = dedicated ? spec.name() + "-sentinel-headless" : spec.name() + "-headless";
        for (int i = 0; i < spec.sentinel().count(); i++) {
          sentinels.add(set + "-" + i + "." + headless + "." + ns + ".svc:" + sentinelPort);
        }
      }
      case "compose" -> {
        String prefix = spec.compose().servicePrefix();
        int replicas = spec.proxy().enabled() ? spec.proxy().replicas() : 0;
        for (int i = 0; i < replicas; i++) {
          proxies.add((replicas == 1 ? prefix + "-haproxy" : prefix + "-haproxy-" + i) + ":" + spec.proxy().port());
        }
        for (int i = 0; i < spec.sentinel().count(); i++) {
          sentinels.add(prefix + "-sentinel-" + i + ":" + sentinelPort);
        }
      }
      case "systemd" -> {
        List<SystemdHost> hosts = spec.systemd().map(s -> s.hosts()).orElse(List.of());
        if (spec.proxy().enabled()) {
          hosts.stream().filter(h -> h.runs(HostRole.PROXY)).forEach(h -> proxies.add(h.name() + ":"
              + spec.proxy().port()));
        }
        hosts.stream().filter(h -> h.runs(HostRole.SENTINEL)).forEach(h -> sentinels.add(h.name() + ":"
            + sentinelPort));
      }
      default -> throw new IllegalArgumentException("unknown target " + target);
    }
    Duration blocking = spec.dataClasses().stream().map(ClientEndpoints::longestBlock).max(Duration::compareTo)
        .orElse(Duration.ZERO);
    Duration commandTimeout = blocking.plusSeconds(5).compareTo(MIN_COMMAND_TIMEOUT) > 0 ? blocking.plusSeconds(5)
        : MIN_COMMAND_TIMEOUT;
    Duration idle = spec.proxy().timeouts().client().dividedBy(2);
    return new ClientEndpoints(target, proxies, sentinels, spec.sentinel().masterName(), spec.auth().enabled(),
        spec.auth().sentinelPassword().isPresent(), spec.sentinel().downAfter().plus(ELECTION_AND_PROMOTION),
        commandTimeout, idle.compareTo(Duration.ofSeconds(30)) < 0 ? idle : Duration.ofSeconds(30));
  }

  private static Duration longestBlock(DataClass c) {
    return c.blockingTimeout().orElse(c.library().map(l -> l.defaultBlockingTimeout()).orElse(Duration.ZERO));
  }

  /** How long a command issued at a master crash waits for the new one: the ride-through plus one backoff. */
  public Duration failoverWait() {
    return rideThrough.plus(MAX_BACKOFF);
  }

  /**
   * The timeout of a client whose one command timeout also ends the wait of a command queued while it reconnects
   * (Lettuce, ioredis): {@link #commandTimeout()}, or {@link #failoverWait()} when that is longer.
   */
  public Duration queuedCommandTimeout() {
    return commandTimeout.compareTo(failoverWait()) > 0 ? commandTimeout : failoverWait();
  }

  /** Retries with a backoff capped at {@link #MAX_BACKOFF} that span {@link #rideThrough()}, plus one. */
  public int retries() {
    return (int) Math.ceil(rideThrough.toMillis() / (double) MAX_BACKOFF.toMillis()) + 1;
  }

  public boolean viaProxy() {
    return !proxies.isEmpty();
  }
}
