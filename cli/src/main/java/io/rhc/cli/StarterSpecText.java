package io.rhc.cli;

import io.rhc.cli.StarterSpec.Data;
import io.rhc.cli.StarterSpec.Target;

/** The commented YAML of a {@link StarterSpec}: every value it sets says why. */
final class StarterSpecText {
  /** The engine a new cluster starts on: the newest version the examples and lint rules are proven with. */
  static final String ENGINE_VERSION = "8.6.2";

  private static final int WIDTH = 100;

  private final StarterSpec spec;
  private final StringBuilder out = new StringBuilder();

  private StarterSpecText(StarterSpec spec) {
    this.spec = spec;
  }

  static String of(StarterSpec spec) {
    return new StarterSpecText(spec).render();
  }

  private String render() {
    header();
    line(0, "apiVersion: rhc/v1");
    line(0, "kind: RedisHA");
    line(0, "metadata:");
    line(1, "name: " + spec.name());
    if (spec.target() == Target.KUBERNETES) {
      verbatim(1, "Create it before applying the output: kubectl create namespace " + spec.name());
      line(1, "namespace: " + spec.name());
    }
    line(0, "spec:");
    engine();
    nodes();
    sentinel();
    proxy();
    memory();
    replication();
    persistence();
    dataClasses();
    auth();
    if (spec.target() == Target.COMPOSE) {
      singleHost();
    }
    if (spec.target() == Target.SYSTEMD) {
      hosts();
    }
    return out.toString();
  }

  private void header() {
    line(0, "# yaml-language-server: $schema=" + spec.schemaRef());
    line(0, "#");
    line(0, "# A Redis + Sentinel + HAProxy cluster for " + spec.target().id() + ", written by");
    line(0, "#   " + spec.commandLine());
    if (spec.schemaRef().equals(StarterSpec.DEFAULT_SCHEMA)) {
      line(0, "# Editors with the YAML language server complete and check it once the schema is beside it:");
      line(0, "#   rhc schema > " + StarterSpec.DEFAULT_SCHEMA);
    }
    line(0, "# Check it with `rhc lint`, see every derived value and the memory budget with `rhc explain`,");
    line(0, "# then: rhc compile <this file> --target " + spec.target().id() + " --out <directory>");
  }

  private void engine() {
    line(1, "engine:");
    comment(2, "An exact version; the image defaults to that version's official one. A floating tag lets a",
        "restarted node pull a newer RDB format that its replicas cannot read.");
    line(2, "version: \"" + ENGINE_VERSION + "\"");
  }

  private void nodes() {
    line(1, "nodes:");
    int replicas = spec.nodes() - 1;
    comment(2, "One master and " + replicas + (replicas == 1 ? " replica." : " replicas."));
    line(2, "count: " + spec.nodes());
  }

  private void sentinel() {
    line(1, "sentinel:");
    if (spec.sentinelsColocated()) {
      comment(2, "One sentinel beside each data node. " + spec.sentinels() + " is odd, so the sentinels still have a",
          "majority (quorum " + spec.quorum() + ") to elect a new master after losing one.");
      line(2, "placement: colocated");
    } else {
      comment(2, spec.nodes() + " co-located sentinels would be an even number, which can split in half with no",
          "majority; " + spec.sentinels() + " sentinels of their own elect a new master with " + spec.quorum()
              + " votes after losing " + (spec.sentinels() - spec.quorum()) + ".");
      line(2, "placement: dedicated");
    }
    line(2, "count: " + spec.sentinels());
    line(2, "quorum: " + spec.quorum());
    comment(2, "The name sentinel-aware clients ask for (not the generic `mymaster`, which collides).");
    line(2, "masterName: " + spec.name());
    comment(2, "A master unreachable for 5s is failed over (below 2s a healthy new master can be failed over",
        "again); failover-timeout is at least 3 x down-after, so a failover that needs a replica",
        "resync is not abandoned.");
    line(2, "downAfter: 5s");
    line(2, "failoverTimeout: 30s");
  }

  private void proxy() {
    line(1, "proxy:");
    comment(2, "Clients connect to HAProxy: it routes only to the node that reports role:master and that a",
        "majority of the sentinels names as master. Two instances, so one can fail or restart.");
    line(2, "replicas: 2");
    if (spec.target() == Target.COMPOSE) {
      comment(2, "Compose has no disruption budget that could keep a proxy up; restart them one at a time.");
      line(2, "minAvailable: 0");
    }
    if (spec.target() == Target.SYSTEMD) {
      comment(2, "redis-server already listens on 6379 on the same hosts.");
      line(2, "port: 6380");
    }
  }

  private void memory() {
    line(1, "memory:");
    comment(2, "The hard memory limit of each data node" + limitMechanism() + ". maxmemory is derived",
        "from it: what is left after the fork copy-on-write reserve, replica output buffers and the",
        "process itself, so saving or syncing a replica never gets Redis OOM-killed.");
    line(2, "limit: " + spec.memory());
    if (spec.data() == Data.CACHE) {
      comment(2, "A cache may lose keys: when maxmemory is reached, the least recently used ones go.");
      line(2, "policy: allkeys-lru");
    } else {
      comment(2, (spec.data() == Data.QUEUE ? "Queue" : "Must-survive") + " keys must never be evicted: a full Redis"
          + " refuses writes instead of silently",
          "dropping " + (spec.data() == Data.QUEUE ? "jobs." : "data."));
      line(2, "policy: noeviction");
    }
  }

  private void replication() {
    if (!spec.data().mustSurvive()) {
      return;
    }
    if (spec.minReplicasToWrite()) {
      line(1, "replication:");
      comment(2, "A master cut off from every replica stops acknowledging writes (after half the down-after),",
          "so writes taken during a partition are not lost when the other side promotes a replica.");
      line(2, "minReplicasToWrite: 1");
    } else {
      comment(1, "min-replicas-to-write stays 0: with a single replica, 1 would make the master refuse every",
          "write while that replica restarts. A third node lets a cut-off master stop taking writes.");
    }
  }

  private void persistence() {
    line(1, "persistence:");
    if (spec.data() == Data.CACHE) {
      comment(2, "A cache is rebuilt from its source, so no append-only file. RDB snapshots (the default save",
          "points) bring a restarted node back warm, and a master never restarts empty over its replicas.");
      line(2, "aof:");
      line(3, "enabled: false");
    } else {
      comment(2, "An append-only file fsynced every second loses at most a second of writes in a crash; RDB",
          "snapshots (the default save points) keep restarts and full resyncs fast.");
      line(2, "aof:");
      line(3, "enabled: true");
      line(3, "fsync: everysec");
    }
    line(2, "volume:");
    comment(3, "The data outlives " + (spec.target() == Target.SYSTEMD ? "restarts" : "the container")
        + "; its size defaults to 3 x the memory limit.");
    line(3, "type: persistent");
  }

  private void dataClasses() {
    line(1, "dataClasses:");
    switch (spec.data()) {
      case QUEUE -> {
        comment(2, "Lint rules follow what the data is for. Name it after its key prefix; naming the queue",
            "library (bullmq, celery, sidekiq, rq) also checks HAProxy outlasts its blocking waits.");
        line(2, "- { name: jobs, kind: queue }");
      }
      case CACHE -> {
        comment(2, "Lint rules follow what the data is for. Name it after its key prefix.");
        line(2, "- { name: cache, kind: cache }");
      }
      case MUST_SURVIVE -> {
        comment(2, "Lint rules follow what the data is for: a store must survive, so it needs noeviction,",
            "AOF and a persistent volume. Name it after its key prefix.");
        line(2, "- { name: store, kind: store }");
      }
    }
  }

  private void auth() {
    line(1, "auth:");
    comment(2, "A password for clients and replication. The spec names where it is, never the secret itself.");
    line(2, "mode: password");
    line(2, "password:");
    switch (spec.target()) {
      case KUBERNETES -> {
        verbatim(3, "kubectl -n " + spec.name() + " create secret generic " + spec.name()
            + "-auth --from-literal=password=\"$(openssl rand -hex 32)\"");
        line(3, "kubernetesSecret: { name: " + spec.name() + "-auth, key: password }");
      }
      case COMPOSE -> {
        comment(3, "Set REDIS_PASSWORD in the project's .env (compile writes a .env.example beside compose.yaml).");
        line(3, "env: REDIS_PASSWORD");
      }
      case SYSTEMD -> {
        comment(3, "A file of mode 0600 on every host, holding the password.");
        line(3, "file: /etc/redis-ha/secrets/redis-password");
      }
    }
  }

  private void singleHost() {
    line(1, "placement:");
    comment(2, "Compose runs every container on one Docker host, so there is nothing to spread across; saying"
        + " so keeps the compose target from warning that it cannot. Use kubernetes or systemd to survive the"
        + " loss of a machine.");
    line(2, "spread: none");
    line(1, "lint:");
    line(2, "ignore:");
    line(3, "- rule: RHC3012");
    line(4, "reason: compose runs every container on one Docker host");
  }

  private void hosts() {
    line(1, "systemd:");
    comment(2, "Put your machines' names here: every host must resolve the others by these names. Data node i",
        "runs on the host with `node: i`; sentinels and HAProxy run where their role is listed.");
    line(2, "hosts:");
    int sentinelsLeft = spec.sentinels();
    for (int node = 0; node < spec.nodes(); node++) {
      StringBuilder roles = new StringBuilder("redis");
      if (sentinelsLeft-- > 0) {
        roles.append(", sentinel");
      }
      if (node < 2) {
        roles.append(", proxy");
      }
      line(3, "- { name: " + spec.name() + "-" + (node + 1) + ".internal, roles: [" + roles + "], node: " + node + " }");
    }
    for (int extra = 1; sentinelsLeft-- > 0; extra++) {
      line(3, "- { name: " + spec.name() + "-sentinel-" + extra + ".internal, roles: [sentinel] }");
    }
  }

  private String limitMechanism() {
    return switch (spec.target()) {
      case KUBERNETES -> " (the container limit; the request defaults to it)";
      case COMPOSE -> " (the container's mem_limit)";
      case SYSTEMD -> " (the unit's MemoryMax=)";
    };
  }

  /** A comment of the parts joined by spaces, wrapped at {@link #WIDTH} columns. */
  private void comment(int indent, String... parts) {
    int room = WIDTH - 2 * indent - 2;
    StringBuilder current = new StringBuilder();
    for (String word : String.join(" ", parts).split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > room) {
        verbatim(indent, current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    verbatim(indent, current.toString());
  }

  /** A comment line as is: a command to copy stays on one line. */
  private void verbatim(int indent, String text) {
    line(indent, "# " + text);
  }

  private void line(int indent, String text) {
    out.append("  ".repeat(indent)).append(text).append('\n');
  }
}
