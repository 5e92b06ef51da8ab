package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.facts.ImageRef;
import io.rhc.model.Node;
import io.rhc.model.Spec;

/** R34: a floating tag lets a restarted pod pull a newer RDB format (the 7.4 ↔ 8.6 incident). */
public final class ImageTagPinnedRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1003", "image-tag-pinned", Category.STRUCTURE, Severity.ERROR,
        "Images are pinned to an exact `x.y.z` tag or a digest", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    String engineImage = spec.engine().image();
    check(ctx, Severity.ERROR, "engine.image", engineImage);
    for (Node node : spec.nodes().list()) {
      if (!node.image().equals(engineImage)) {
        check(ctx, Severity.ERROR, "nodes.overrides", node.image());
      }
    }
    if (!spec.sentinel().image().equals(engineImage)) {
      check(ctx, Severity.ERROR, "sentinel.image", spec.sentinel().image());
    }
    if (spec.proxy().enabled()) {
      check(ctx, Severity.WARNING, "proxy.image", spec.proxy().image());
    }
    if (spec.monitoring().exporter().enabled()) {
      check(ctx, Severity.WARNING, "monitoring.exporter.image", spec.monitoring().exporter().image());
    }
  }

  private static void check(RuleContext ctx, Severity severity, String path, String image) {
    if (!ImageRef.parse(image).pinned()) {
      ctx.report(severity, SpecPaths.spec(path), "Image `" + image + "` has a floating tag",
          "Pin an exact version such as `redis:7.4.2-alpine`, or a digest; a restarted instance can otherwise"
              + " pull a newer release with a newer RDB format.");
    }
  }
}
