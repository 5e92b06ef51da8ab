package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.facts.ImageRef;
import io.rhc.lint.facts.RdbFormats;
import io.rhc.lint.facts.RunningEngine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.model.Node;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * R33: Redis ≥ 7.4 writes RDB formats Valkey reserves as foreign, Valkey 9 writes a format Redis
 * cannot read. The model has one engine type, so a mix shows as an image of the other engine.
 */
public final class EngineMixRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1005", "engine-mix-redis-valkey", Category.STRUCTURE, Severity.ERROR,
        "Redis and Valkey are not mixed in one replication group", "0.1.0");
  }

  private static final int SHARED_FORMAT = 11;

  @Override
  public void check(Spec spec, RuleContext ctx) {
    check(spec, ctx, SpecPaths.spec("engine.image"), "`engine.image`", spec.engine().image(), spec.engine().version());
    for (Node node : spec.nodes().list()) {
      if (!node.image().equals(spec.engine().image())) {
        check(spec, ctx, SpecPaths.node(node, "image"), "Node " + node.index() + "'s image", node.image(),
            node.version());
      }
    }
    if (!spec.sentinel().image().equals(spec.engine().image())) {
      check(spec, ctx, SpecPaths.spec("sentinel.image"), "The sentinel image", spec.sentinel().image(),
          spec.sentinel().version());
    }
  }

  private static void check(Spec spec, RuleContext ctx, SpecPath path, String who, String image,
      EngineVersion declared) {
    EngineType engine = spec.engine().type();
    Optional<EngineType> imageEngine = RunningEngine.engineOf(ImageRef.parse(image));
    if (imageEngine.isEmpty() || imageEngine.get() == engine) {
      return;
    }
    OptionalInt declaredFormat = RdbFormats.of(engine, declared);
    OptionalInt imageFormat = ImageRef.parse(image).version().map(EngineVersion::parse)
        .map(v -> RdbFormats.of(imageEngine.get(), v)).orElse(OptionalInt.empty());
    boolean shared = declaredFormat.equals(OptionalInt.of(SHARED_FORMAT))
        && imageFormat.equals(OptionalInt.of(SHARED_FORMAT));
    String summary = who + " `" + image + "` runs " + imageEngine.get().id() + " in a " + engine.id() + " group";
    if (shared) {
      ctx.report(Severity.INFO, path, summary + "; both write RDB 11, the documented migration path",
          "Finish the migration and run one engine in the group.");
    } else {
      ctx.report(path, summary,
          "Run one engine per group: Valkey refuses Redis 7.4+ snapshots (RDB 12 and later are foreign to it)"
              + " and Redis cannot read Valkey 9 snapshots (RDB 80+).");
    }
  }

}
