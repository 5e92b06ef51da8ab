package io.rhc.clients;

import io.rhc.model.DataClass;
import io.rhc.model.QueueLibrary;
import io.rhc.model.Spec;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Connection settings for each client library that match a generated cluster: where to connect (HAProxy, or the
 * sentinels and master group), the password from the environment, and retries and timeouts that outlast this
 * spec's failover. Every snippet reads {@code REDIS_PASSWORD} (and {@code SENTINEL_PASSWORD}) from the
 * environment: secrets never appear in output.
 */
public final class ClientSnippets {
  /** ioredis' retryStrategy waits this much longer before each reconnect, up to {@link ClientEndpoints#MAX_BACKOFF}. */
  private static final Duration IOREDIS_RETRY_STEP = Duration.ofMillis(200);

  private final Spec spec;
  private final ClientEndpoints e;
  private final boolean viaProxy;

  /** {@code viaProxy}: connect through HAProxy (needs a proxy), else ask the sentinels. */
  public ClientSnippets(Spec spec, ClientEndpoints endpoints, boolean viaProxy) {
    if (viaProxy && !endpoints.viaProxy()) {
      throw new IllegalArgumentException("the spec has no proxy");
    }
    this.spec = spec;
    this.e = endpoints;
    this.viaProxy = viaProxy;
  }

  public String render(ClientLanguage language) {
    return switch (language) {
      case IOREDIS -> ioredis(false);
      case BULLMQ -> ioredis(true);
      case REDIS_PY -> redisPy();
      case CELERY -> celery();
      case LETTUCE -> lettuce();
      case SPRING -> spring();
      case GO_REDIS -> goRedis();
    };
  }

  /** What the settings are derived from, for the header of the output. */
  public String summary() {
    String where = viaProxy ? "through HAProxy at " + String.join(", ", e.proxies())
        + (e.proxies().size() > 1 ? " (any one; each routes writes to the master)" : "")
        : "through the sentinels " + String.join(", ", e.sentinels()) + ", master group " + e.masterName();
    return "Clients of " + spec.name() + " (" + e.target() + "), " + where + ".\n"
        + "Retries span " + seconds(e.rideThrough()) + " (down-after " + seconds(spec.sentinel().downAfter())
        + " + " + seconds(ClientEndpoints.ELECTION_AND_PROMOTION) + " for the election and promotion; `rhc drill`"
        + " measures the real figure), backoff capped at " + seconds(ClientEndpoints.MAX_BACKOFF) + "; command"
        + " timeout " + seconds(e.commandTimeout()) + " (above the longest blocking call the data classes make"
        + (e.queuedCommandTimeout().equals(e.commandTimeout()) ? "" : "; " + seconds(e.queuedCommandTimeout())
            + " in ioredis and Lettuce, where it also ends a command's wait while they reconnect") + ");"
        + " idle connections checked every " + seconds(e.idleCheck()) + " (HAProxy closes them after "
        + seconds(spec.proxy().timeouts().client()) + ").\n";
  }

  private String host() {
    return hostOf(e.proxies().get(0));
  }

  private String port() {
    return portOf(e.proxies().get(0));
  }

  private static String hostOf(String address) {
    return address.substring(0, address.lastIndexOf(':'));
  }

  private static String portOf(String address) {
    return address.substring(address.lastIndexOf(':') + 1);
  }

  private String otherProxies(String comment) {
    return e.proxies().size() > 1 ? comment + " or any of " + String.join(", ", e.proxies().subList(1,
        e.proxies().size())) : "";
  }

  private String ioredis(boolean bullmq) {
    StringBuilder s = new StringBuilder();
    s.append(bullmq ? "const { Queue, Worker } = require(\"bullmq\");\n\n" : "const Redis = require(\"ioredis\");\n\n");
    s.append(bullmq ? "const connection = {\n" : "const redis = new Redis({\n");
    if (viaProxy) {
      s.append("  host: \"").append(host()).append("\",").append(otherProxies(" //")).append('\n');
      s.append("  port: ").append(port()).append(",\n");
    } else {
      s.append("  sentinels: [\n");
      for (String a : e.sentinels()) {
        s.append("    { host: \"").append(hostOf(a)).append("\", port: ")
            .append(portOf(a)).append(" },\n");
      }
      s.append("  ],\n  name: \"").append(e.masterName()).append("\",\n");
      if (e.sentinelAuth()) {
        s.append("  sentinelPassword: process.env.SENTINEL_PASSWORD,\n");
      }
      s.append("  failoverDetector: true, // ioredis >= 5.3: reconnect on +switch-master at once\n");
    }
    if (e.auth()) {
      s.append("  password: process.env.REDIS_PASSWORD,\n");
    }
    s.append("  connectTimeout: 2000,\n");
    if (bullmq) {
      s.append("  // BullMQ workers block and must retry forever: ioredis' per-request limit must be off\n");
      s.append("  maxRetriesPerRequest: null,\n");
    } else {
      // ioredis arms a command's timer once, at the first send: it keeps running while the command waits in the
      // offline queue through reconnects, so (as for Lettuce) it must span the failover
      s.append(queuedWaitComment("  ")).append("  commandTimeout: ").append(e.queuedCommandTimeout().toMillis())
          .append(",\n");
      // every maxRetriesPerRequest + 1 reconnects ioredis fails the queued commands: not before the failover ends
      s.append("  // reconnects before queued commands fail: the retryStrategy's waits add up to the failover too\n");
      s.append("  maxRetriesPerRequest: ").append(ioredisReconnects(e.failoverWait())).append(",\n");
    }
    s.append("  retryStrategy: (times) => Math.min(times * ").append(IOREDIS_RETRY_STEP.toMillis()).append(", ")
        .append(ClientEndpoints.MAX_BACKOFF.toMillis()).append("),\n");
    s.append("  // a master handing over answers READONLY for a moment: reconnect and resend the command\n");
    s.append("  reconnectOnError: (err) => (err.message.startsWith(\"READONLY\") ? 2 : false),\n");
    s.append("  keepAlive: ").append(e.idleCheck().toMillis()).append(",\n");
    s.append(bullmq ? "};\n" : "});\n");
    if (bullmq) {
      String queue = spec.dataClasses().stream().filter(c -> c.library().orElse(null) == QueueLibrary.BULLMQ)
          .map(DataClass::name).findFirst().orElse("jobs");
      s.append("\nconst queue = new Queue(\"").append(queue).append("\", { connection });\n");
      s.append("const worker = new Worker(\"").append(queue).append("\", async (job) => { /* ... */ }, { connection });\n");
    }
    return s.toString();
  }

  /** The fewest reconnects whose retryStrategy waits add up to {@code span}. */
  private static int ioredisReconnects(Duration span) {
    int times = 0;
    for (long waited = 0; waited < span.toMillis(); ) {
      times++;
      waited += Math.min(times * IOREDIS_RETRY_STEP.toMillis(), ClientEndpoints.MAX_BACKOFF.toMillis());
    }
    return times;
  }

  /** Above a timeout that {@link ClientEndpoints#queuedCommandTimeout()} raised to the failover: why it is longer. */
  private String queuedWaitComment(String indent) {
    return e.queuedCommandTimeout().equals(e.failoverWait()) ? indent + "// also how long a command queued while"
        + " reconnecting waits: the " + seconds(e.rideThrough()) + " failover + one backoff\n" : "";
  }

  private String pythonRetry(String indent) {
    return indent + "socket_connect_timeout=2,\n"
        + indent + "socket_timeout=" + secondsValue(e.commandTimeout()) + ",\n"
        + indent + "socket_keepalive=True,\n"
        + indent + "health_check_interval=" + secondsValue(e.idleCheck()) + ",\n"
        + indent + "# a master handing over answers READONLY for a moment: reconnect and retry\n"
        + indent + "retry=Retry(ExponentialBackoff(cap=" + secondsValue(ClientEndpoints.MAX_BACKOFF) + ", base=0.2), "
        + e.retries() + "),\n"
        + indent + "retry_on_error=[ConnectionError, TimeoutError, ReadOnlyError],\n";
  }

  private String redisPy() {
    StringBuilder s = new StringBuilder("import os\n\nimport redis\nfrom redis.backoff import ExponentialBackoff\n"
        + "from redis.exceptions import ConnectionError, ReadOnlyError, TimeoutError\nfrom redis.retry import Retry\n");
    String password = e.auth() ? "    password=os.environ.get(\"REDIS_PASSWORD\"),\n" : "";
    if (viaProxy) {
      s.append("\nr = redis.Redis(\n    host=\"").append(host()).append("\",").append(otherProxies("  #"))
          .append("\n    port=").append(port()).append(",\n").append(password).append(pythonRetry("    "))
          .append(")\n");
    } else {
      s.append("from redis.sentinel import Sentinel\n\nsentinel = Sentinel(\n    [")
          .append(e.sentinels().stream().map(a -> "(\"" + hostOf(a) + "\", " + portOf(a) + ")").collect(Collectors.joining(", ")))
          .append("],\n    sentinel_kwargs={")
          .append(e.sentinelAuth() ? "\"password\": os.environ.get(\"SENTINEL_PASSWORD\"), " : "")
          .append("\"socket_timeout\": 1},\n)\nr = sentinel.master_for(\n    \"").append(e.masterName())
          .append("\",\n").append(password).append(pythonRetry("    ")).append(")\n");
    }
    return s.toString();
  }

  private String celery() {
    long visibility = Math.max(3600, spec.dataClasses().stream()
        .filter(c -> c.library().orElse(null) == QueueLibrary.CELERY).flatMap(c -> c.maxTaskDuration().stream())
        .mapToLong(d -> d.toSeconds() * 2).max().orElse(0));
    StringBuilder s = new StringBuilder("# celeryconfig.py\nimport os\nfrom urllib.parse import quote\n\n");
    String auth = e.auth() ? ":\" + quote(os.environ[\"REDIS_PASSWORD\"], safe=\"\") + \"@" : "";
    if (viaProxy) {
      s.append("broker_url = \"redis://").append(auth).append(e.proxies().get(0)).append("/0\"")
          .append(otherProxies("  #")).append('\n');
    } else {
      s.append("broker_url = \";\".join(\n    \"sentinel://").append(auth).append("\" + a for a in [")
          .append(e.sentinels().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")))
          .append("]\n)\n");
    }
    s.append("broker_connection_retry_on_startup = True\n");
    s.append("broker_transport_options = {\n");
    if (!viaProxy) {
      s.append("    \"master_name\": \"").append(e.masterName()).append("\",\n");
      if (e.sentinelAuth()) {
        s.append("    \"sentinel_kwargs\": {\"password\": os.environ[\"SENTINEL_PASSWORD\"]},\n");
      }
    }
    s.append("    # above the longest task or ETA, or Celery delivers it twice (RHC2012)\n");
    s.append("    \"visibility_timeout\": ").append(visibility).append(",\n");
    s.append("    \"socket_connect_timeout\": 2,\n");
    s.append("    \"socket_timeout\": ").append(secondsValue(e.commandTimeout())).append(",\n");
    s.append("    \"socket_keepalive\": True,\n");
    s.append("    \"health_check_interval\": ").append(secondsValue(e.idleCheck())).append(",\n");
    s.append("    \"retry_on_timeout\": True,\n}\n");
    return s.toString();
  }

  private String lettuce() {
    StringBuilder s = new StringBuilder("import io.lettuce.core.ClientOptions;\nimport io.lettuce.core.RedisClient;\n"
        + "import io.lettuce.core.RedisURI;\nimport io.lettuce.core.SocketOptions;\n"
        + "import io.lettuce.core.resource.ClientResources;\nimport io.lettuce.core.resource.Delay;\n"
        + "import java.time.Duration;\n" + (e.auth() ? "import java.util.Objects;\n" : "")
        + "import java.util.concurrent.TimeUnit;\n\n");
    s.append("RedisURI uri = RedisURI.builder()\n");
    if (viaProxy) {
      s.append("    .withHost(\"").append(host()).append("\")").append(otherProxies(" //")).append('\n')
          .append("    .withPort(").append(port()).append(")\n");
    } else {
      for (String a : e.sentinels()) {
        s.append("    .withSentinel(\"").append(hostOf(a)).append("\", ")
            .append(portOf(a))
            .append(e.sentinelAuth() ? ", System.getenv(\"SENTINEL_PASSWORD\")" : "").append(")\n");
      }
      s.append("    .withSentinelMasterId(\"").append(e.masterName()).append("\")\n");
    }
    if (e.auth()) {
      s.append("    .withPassword(Objects.requireNonNull(System.getenv(\"REDIS_PASSWORD\"), \"REDIS_PASSWORD is not"
          + " set\").toCharArray())\n");
    }
    // Lettuce has no command retry: a command issued while it reconnects waits in its queue, and this one
    // timeout ends that wait too, so it spans the failover (and one backoff) as well as the longest block
    s.append(queuedWaitComment("    ")).append("    .withTimeout(Duration.ofMillis(")
        .append(e.queuedCommandTimeout().toMillis()).append("))\n    .build();\n");
    s.append("ClientResources resources = ClientResources.builder()\n")
        .append("    .reconnectDelay(Delay.exponential(Duration.ofMillis(200), Duration.ofMillis(")
        .append(ClientEndpoints.MAX_BACKOFF.toMillis()).append("), 2, TimeUnit.MILLISECONDS))\n    .build();\n");
    s.append("RedisClient client = RedisClient.create(resources, uri);\n");
    s.append("client.setOptions(ClientOptions.builder()\n    .autoReconnect(true)\n")
        .append("    // commands issued while reconnecting wait for the new master instead of failing\n")
        .append("    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)\n")
        .append("    .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).keepAlive(true)"
            + ".build())\n    .build());\n");
    return s.toString();
  }

  private String spring() {
    StringBuilder s = new StringBuilder("spring:\n  data:\n    redis:\n");
    if (viaProxy) {
      s.append("      host: ").append(host()).append(otherProxies("  #")).append('\n')
          .append("      port: ").append(port()).append('\n');
    } else {
      s.append("      sentinel:\n        master: ").append(e.masterName()).append('\n')
          .append("        nodes: ").append(String.join(",", e.sentinels())).append('\n');
      if (e.sentinelAuth()) {
        s.append("        password: ${SENTINEL_PASSWORD}\n");
      }
    }
    if (e.auth()) {
      s.append("      password: ${REDIS_PASSWORD}\n");
    }
    s.append("      connect-timeout: 2s\n      timeout: ").append(e.commandTimeout().toMillis()).append("ms\n");
    return s.toString();
  }

  private String goRedis() {
    StringBuilder s = new StringBuilder("import (\n\t\"os\"\n\t\"time\"\n\n\t\"github.com/redis/go-redis/v9\"\n)\n\n");
    if (viaProxy) {
      s.append("rdb := redis.NewClient(&redis.Options{\n\tAddr: \"").append(e.proxies().get(0)).append("\",")
          .append(otherProxies(" //")).append('\n');
    } else {
      s.append("rdb := redis.NewFailoverClient(&redis.FailoverOptions{\n\tMasterName: \"").append(e.masterName())
          .append("\",\n\tSentinelAddrs: []string{")
          .append(e.sentinels().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "))).append("},\n");
      if (e.sentinelAuth()) {
        s.append("\tSentinelPassword: os.Getenv(\"SENTINEL_PASSWORD\"),\n");
      }
    }
    if (e.auth()) {
      s.append("\tPassword: os.Getenv(\"REDIS_PASSWORD\"),\n");
    }
    s.append("\tDialTimeout: 2 * time.Second,\n")
        .append("\tReadTimeout: ").append(e.commandTimeout().toMillis()).append(" * time.Millisecond,\n")
        .append("\tWriteTimeout: ").append(e.commandTimeout().toMillis()).append(" * time.Millisecond,\n")
        .append("\t// go-redis retries READONLY and network errors itself\n")
        .append("\tMaxRetries: ").append(e.retries()).append(",\n")
        .append("\tMinRetryBackoff: 200 * time.Millisecond,\n")
        .append("\tMaxRetryBackoff: ").append(ClientEndpoints.MAX_BACKOFF.toMillis()).append(" * time.Millisecond,\n")
        .append("\tConnMaxIdleTime: ").append(e.idleCheck().toSeconds()).append(" * time.Second,\n})\n");
    return s.toString();
  }

  private static String seconds(Duration d) {
    return secondsValue(d) + " s";
  }

  private static String secondsValue(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds())
        : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }
}
