package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.model.Aof;
import io.rhc.model.ByteSize;
import io.rhc.model.Fsync;
import io.rhc.model.Origin;
import io.rhc.model.Persistence;
import io.rhc.model.Rdb;
import io.rhc.model.SavePoint;
import io.rhc.model.Volume;
import io.rhc.model.VolumeType;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * {@code spec.persistence}. The per-role block {@code persistence.replicas} lists differences
 * only: every setting it leaves out is the master's, not the schema default.
 */
final class PersistenceResolver {
  private static final SpecPath PERSISTENCE = SPEC.at("persistence");
  private static final SpecPath REPLICAS = PERSISTENCE.at("replicas");
  /** Volume size without one given: room for the data, a snapshot being written and an AOF rewrite. */
  private static final int VOLUME_LIMIT_MULTIPLE = 3;

  private PersistenceResolver() {}

  static Persistence resolve(SpecReader reader, ByteSize memoryLimit) {
    Rdb rdb = rdb(reader, PERSISTENCE.at("rdb"));
    Aof aof = aof(reader, PERSISTENCE.at("aof"));
    Rdb replicaRdb = replicaRdb(reader, rdb);
    Aof replicaAof = new Aof(
        inherit(reader, "aof.enabled", JsonNode::booleanValue, aof.enabled()),
        inherit(reader, "aof.fsync", node -> SpecReader.enumOf(Fsync.class, node.asString()), aof.fsync()),
        inherit(reader, "aof.rewritePercentage", JsonNode::intValue, aof.rewritePercentage()),
        inheritSize(reader, aof.rewriteMinSize()));
    SpecPath volume = PERSISTENCE.at("volume");
    ByteSize size = reader.optionalSize(volume.at("size")).orElseGet(() -> {
      reader.record(volume.at("size"), Origin.derived(VOLUME_LIMIT_MULTIPLE + " × `memory.limit`"));
      return ByteSize.ofBytes(Math.multiplyExact(memoryLimit.bytes(), VOLUME_LIMIT_MULTIPLE));
    });
    return new Persistence(rdb, aof, replicaRdb, replicaAof,
        new Volume(reader.choice(volume.at("type"), VolumeType.class), size,
            reader.optionalText(volume.at("storageClass")), reader.text(volume.at("path"))),
        reader.flag(PERSISTENCE.at("stopWritesOnBgsaveError")),
        reader.flag(PERSISTENCE.at("noAppendfsyncOnRewrite")));
  }

  private static Rdb rdb(SpecReader reader, SpecPath at) {
    return new Rdb(reader.flag(at.at("enabled")), savePoints(reader, at.at("savePoints")));
  }

  private static List<SavePoint> savePoints(SpecReader reader, SpecPath list) {
    List<SavePoint> points = new ArrayList<>();
    int count = reader.count(list);
    for (int i = 0; i < count; i++) {
      points.add(new SavePoint(reader.duration(list.at(i).at("after")), reader.read(list.at(i).at("changes"),
          JsonNode::longValue)));
    }
    return points;
  }

  private static Aof aof(SpecReader reader, SpecPath at) {
    return new Aof(reader.flag(at.at("enabled")), reader.choice(at.at("fsync"), Fsync.class),
        reader.integer(at.at("rewritePercentage")), reader.size(at.at("rewriteMinSize")));
  }

  private static Rdb replicaRdb(SpecReader reader, Rdb master) {
    boolean enabled = inherit(reader, "rdb.enabled", JsonNode::booleanValue, master.enabled());
    SpecPath list = REPLICAS.at("rdb").at("savePoints");
    if (reader.inFile(list)) {
      return new Rdb(enabled, savePoints(reader, list));
    }
    for (int i = 0; i < master.savePoints().size(); i++) {
      reader.record(list.at(i).at("after"), sameAsMaster("rdb.savePoints"));
      reader.record(list.at(i).at("changes"), sameAsMaster("rdb.savePoints"));
    }
    return new Rdb(enabled, master.savePoints());
  }

  private static <T> T inherit(SpecReader reader, String dotted, Function<JsonNode, T> convert, T master) {
    SpecPath path = REPLICAS.resolve(dotted);
    if (reader.inFile(path)) {
      return reader.read(path, convert);
    }
    reader.record(path, sameAsMaster(dotted));
    return master;
  }

  private static ByteSize inheritSize(SpecReader reader, ByteSize master) {
    SpecPath path = REPLICAS.resolve("aof.rewriteMinSize");
    if (reader.inFile(path)) {
      return reader.size(path);
    }
    reader.record(path, sameAsMaster("aof.rewriteMinSize"));
    return master;
  }

  private static Origin sameAsMaster(String dotted) {
    return Origin.derived("same as `persistence." + dotted + "`");
  }
}
