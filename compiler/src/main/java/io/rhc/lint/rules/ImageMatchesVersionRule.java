package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.facts.ImageRef;
import io.rhc.lint.facts.RunningEngine;
import io.rhc.model.Engine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.model.Node;
import io.rhc.model.Sentinel;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.Optional;

/**
 * Every version check (RDB format, hostname floor, engine mix) must see what a container really runs, and that is
 * what its image's tag says. A node override that pins `redis:8.6.2-alpine` under `engine.version: 7.4.2` deploys
 * the seed 000 mix — an 8.6 node writing RDB 13 that the 7.4 replicas reject after a failover.
 */
public final class ImageMatchesVersionRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1006", "image-matches-version", Category.STRUCTURE, Severity.ERROR,
        "Engine images run the version the spec declares", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Engine engine = spec.engine();
    check(ctx, SpecPaths.spec("engine.image"), engine.image(), engine.type(), engine.version(),
        "`engine.version` declares", "`engine.version`");
    for (Node node : spec.nodes().list()) {
      if (node.override().isPresent() && !node.image().equals(engine.image())) {
        check(ctx, SpecPaths.node(node, "image"), node.image(), engine.type(), node.version(),
            "node " + node.index() + " is declared to run", "the override's `version`");
      }
    }
    Sentinel sentinel = spec.sentinel();
    if (!sentinel.image().equals(engine.image())) {
      check(ctx, SpecPaths.spec("sentinel.image"), sentinel.image(), engine.type(), sentinel.version(),
          "`sentinel.version` declares", "`sentinel.version`");
    }
  }

  private static void check(RuleContext ctx, SpecPath path, String image, EngineType declaredType,
      EngineVersion declared, String who, String versionKey) {
    ImageRef ref = ImageRef.parse(image);
    Optional<EngineType> type = RunningEngine.engineOf(ref);
    if (type.isPresent() && type.get() != declaredType) {
      return; // the other engine: a mix, RHC1005's finding
    }
    String engine = declaredType.id();
    Optional<EngineVersion> tagged = ref.version().map(EngineVersion::parse);
    if (type.isPresent() && tagged.isPresent()) {
      if (!tagged.get().equals(declared)) {
        contradiction(ctx, path, image, engine + " " + tagged.get(), who, declared, versionKey, tagged.get().toString());
      }
      return;
    }
    Optional<String> line = type.flatMap(t -> ref.versionLine());
    if (line.isPresent()) { // a floating tag: RHC1003's finding unless it names another line
      if (!(declared + ".").startsWith(line.get() + ".")) {
        contradiction(ctx, path, image, "the " + engine + " " + line.get() + " line", who, declared, versionKey,
            line.get() + ".x");
      }
      return;
    }
    ctx.report(Severity.INFO, path, "Image `" + image + "` does not say which " + engine + " version it runs; the "
        + "version checks trust that it is " + declared,
        "Use a tag that names the version (such as `" + engine + ":" + declared + "-alpine`, with a digest if you "
            + "like), or keep " + versionKey + " in step with what the image runs.");
  }

  private static void contradiction(RuleContext ctx, SpecPath path, String image, String runs, String who,
      EngineVersion declared, String versionKey, String tagged) {
    ctx.report(path, "Image `" + image + "` runs " + runs + " but " + who + " " + declared,
        "Make them agree: an image of " + declared + ", or " + versionKey + " `\"" + tagged + "\"`, so the RDB"
            + " format, hostname and engine-mix checks see the version that really runs.");
  }
}
