package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Engine;
import io.rhc.model.EngineVersion;
import io.rhc.model.Metadata;
import io.rhc.model.Nodes;
import io.rhc.model.Sentinel;
import io.rhc.model.SentinelPlacement;
import io.rhc.path.SpecPath;
import tools.jackson.databind.JsonNode;

/** {@code spec.sentinel}: failure detection and election. */
final class SentinelResolver {
  private static final SpecPath SENTINEL = SPEC.at("sentinel");
  /** Dedicated sentinels without a count: the smallest group that still elects after losing one. */
  private static final int DEDICATED_COUNT = 3;

  private SentinelResolver() {}

  static Sentinel resolve(SpecReader reader, Metadata metadata, Engine engine, Nodes nodes, Diagnostics diagnostics) {
    SentinelPlacement placement = reader.choice(SENTINEL.at("placement"), SentinelPlacement.class);
    boolean colocated = placement == SentinelPlacement.COLOCATED;
    int count = reader.readOr(SENTINEL.at("count"), JsonNode::intValue,
        () -> colocated ? nodes.count() : DEDICATED_COUNT,
        colocated ? "one beside each of the " + nodes.count() + " data nodes"
            : DEDICATED_COUNT + " dedicated sentinels survive one loss");
    int majority = count / 2 + 1;
    int quorum = reader.readOr(SENTINEL.at("quorum"), JsonNode::intValue, () -> majority,
        "majority of " + count + (count == 1 ? " sentinel" : " sentinels"));
    String masterName = reader.readOr(SENTINEL.at("masterName"), JsonNode::asString, metadata::name,
        "`metadata.name`");
    int port = reader.integer(SENTINEL.at("port"));
    String image = reader.readOr(SENTINEL.at("image"), JsonNode::asString, engine::image, "`engine.image`");
    EngineVersion version = reader.readOr(SENTINEL.at("version"), node -> EngineVersion.parse(node.asString()),
        engine::version, "`engine.version`");
    Sentinel sentinel = new Sentinel(placement, count, quorum, masterName, port, image, version,
        reader.duration(SENTINEL.at("downAfter")),
        reader.duration(SENTINEL.at("failoverTimeout")),
        reader.integer(SENTINEL.at("parallelSyncs")),
        reader.duration(SENTINEL.at("masterRebootDownAfter")),
        reader.flag(SENTINEL.at("resolveHostnames")),
        reader.flag(SENTINEL.at("announceHostnames")),
        reader.optionalText(SENTINEL.at("monitorAddress")),
        ConfigResolver.sentinel(reader, SENTINEL.at("config"),
            new ConfigResolver.Reader(engine.type(), version, "the sentinels"), diagnostics));
    check(sentinel, nodes, diagnostics);
    return sentinel;
  }

  private static void check(Sentinel sentinel, Nodes nodes, Diagnostics diagnostics) {
    if (sentinel.placement() == SentinelPlacement.COLOCATED && sentinel.count() != nodes.count()) {
      diagnostics.add(Diagnostic.error("RHC0201", SENTINEL.at("count"),
          "Co-located sentinels number " + sentinel.count() + " but there are " + nodes.count() + " data nodes",
          "Remove `sentinel.count` (it then equals `nodes.count`), or set `sentinel.placement: dedicated`.")
          .withDetail("A co-located sentinel runs beside each data node, so there is exactly one per node."));
    }
    if (sentinel.quorum() > sentinel.count()) {
      diagnostics.add(Diagnostic.error("RHC0202", SENTINEL.at("quorum"),
          "Quorum " + sentinel.quorum() + " is more than the " + sentinel.count() + " sentinels",
          "Set `sentinel.quorum` to " + sentinel.majority() + " (a majority of " + sentinel.count()
              + "), or remove it to get that default.")
          .withDetail("The master is only marked down when `quorum` sentinels agree; with fewer sentinels"
              + " than that, no failover ever starts."));
    }
  }
}
