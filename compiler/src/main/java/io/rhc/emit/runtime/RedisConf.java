package io.rhc.emit.runtime;

import static io.rhc.emit.runtime.Formats.yesNo;

import io.rhc.model.Persistence;
import io.rhc.model.Rdb;
import io.rhc.model.Replication;
import io.rhc.model.SavePoint;
import io.rhc.model.Spec;
import java.util.List;
import java.util.stream.Collectors;

/** The base redis.conf every data node shares. */
final class RedisConf {
  private RedisConf() {}

  record View(
      String clusterName, String stateDir, String dataDir, String bind, List<String> listen, String protectedMode,
      boolean appendDirName, String maxmemory, String policy, String save, String stopWritesOnBgsaveError,
      String appendonly, String appendfsync, String noAppendfsyncOnRewrite, int aofRewritePercentage,
      String aofRewriteMinSize, String backlogSize, String replicaOutputBuffer, int minReplicasToWrite,
      long minReplicasMaxLag, String disklessSync, int disklessSyncDelay, List<String> config, boolean auth,
      boolean acl) {
    public boolean hasConfig() {
      return !config.isEmpty();
    }
  }

  static String render(Spec spec, RuntimeLayout layout) {
    Persistence p = spec.persistence();
    Replication r = spec.replication();
    View view = new View(
        spec.name(), layout.stateDir(), layout.dataDir(), Formats.bindAll(spec.engine().version()),
        TlsLines.listen(spec.tls(), layout.tls(), spec.nodes().port()), yesNo(spec.auth().protectedMode()),
        spec.engine().version().atLeast(7, 0, 0),
        spec.memory().maxmemory().redis(), spec.memory().policy().id(), save(p.rdb()),
        yesNo(p.stopWritesOnBgsaveError()), yesNo(p.aof().enabled()), p.aof().fsync().id(),
        yesNo(p.noAppendfsyncOnRewrite()), p.aof().rewritePercentage(), p.aof().rewriteMinSize().redis(),
        r.backlogSize().redis(),
        r.replicaOutputBuffer().hard().redis() + " " + r.replicaOutputBuffer().soft().redis() + " "
            + r.replicaOutputBuffer().softSeconds(),
        r.minReplicasToWrite(), Formats.ceilSeconds(r.minReplicasMaxLag()), yesNo(r.disklessSync()),
        disklessSyncDelay(r), Formats.configLines(spec.engine().config()), spec.auth().enabled(),
        spec.auth().acl());
    return Render.template("redis.conf.mustache", view);
  }

  /**
   * With {@code min-replicas-to-write}, a new master refuses writes until enough replicas have synced,
   * and Redis' default 5 s wait for more replicas before a diskless full sync is then pure write
   * unavailability after a failover (the drill measured 6.2 s for a graceful stop).
   */
  private static int disklessSyncDelay(Replication r) {
    return r.minReplicasToWrite() > 0 ? 0 : 5;
  }

  /** The arguments of {@code save}: {@code 900 1 300 100}, or {@code ""} when RDB is off. */
  static String save(Rdb rdb) {
    if (!rdb.enabled() || rdb.savePoints().isEmpty()) {
      return "\"\"";
    }
    return rdb.savePoints().stream()
        .map(RedisConf::savePoint)
        .collect(Collectors.joining(" "));
  }

  private static String savePoint(SavePoint point) {
    return Formats.ceilSeconds(point.after()) + " " + point.changes();
  }
}
