package io.rhc.lint;

import io.rhc.diag.Diagnostics;
import io.rhc.model.LintIgnore;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stage 4: runs the built-in rules over resolved specs, honouring each spec's ignores and thresholds. */
public final class Linter {
  /** Input code: {@code spec.lint.ignore} names a rule that does not exist. */
  public static final String UNKNOWN_RULE = "RHC0301";

  private final List<LintRule> rules;
  private final RuleCatalog catalog;
  private final List<RuleMeta> metas;

  public Linter() {
    this(BuiltinRules.all(), RuleCatalog.builtin());
  }

  Linter(List<LintRule> rules) {
    this(rules, new RuleCatalog(rules));
  }

  private Linter(List<LintRule> rules, RuleCatalog catalog) {
    this.rules = List.copyOf(rules);
    this.catalog = catalog;
    this.metas = catalog.rules();
  }

  /** Lints one spec on its own (cross-spec rules need {@link #lintAll}). */
  public void lint(ResolvedSpec resolved, Diagnostics diagnostics) {
    Spec spec = resolved.spec();
    Set<String> ignored = ignoredRules(spec, diagnostics);
    for (int r = 0; r < rules.size(); r++) {
      RuleMeta meta = metas.get(r);
      if (rules.get(r) instanceof Rule single && !ignored.contains(meta.id())) {
        single.check(spec, new RuleContext(meta, spec.lint().thresholds(), diagnostics));
      }
    }
  }

  /** Lints specs checked together (one {@code rhc lint} run): every rule, per spec and across the specs. */
  public List<Diagnostics> lintAll(List<ResolvedSpec> resolved) {
    List<Diagnostics> across = lintAcross(resolved);
    for (int i = 0; i < resolved.size(); i++) {
      lint(resolved.get(i), across.get(i));
    }
    return across;
  }

  /**
   * Only the cross-spec rules, for callers that lint each spec on its own first; element {@code i}
   * holds the findings of spec {@code i}.
   */
  public List<Diagnostics> lintAcross(List<ResolvedSpec> resolved) {
    List<Spec> specs = resolved.stream().map(ResolvedSpec::spec).toList();
    List<Diagnostics> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Diagnostics diagnostics = new Diagnostics();
      Set<String> ignored = ignoredRules(specs.get(i), new Diagnostics());
      for (int r = 0; r < rules.size(); r++) {
        RuleMeta meta = metas.get(r);
        if (rules.get(r) instanceof SpecSetRule set && !ignored.contains(meta.id())) {
          set.check(specs, i, new RuleContext(meta, specs.get(i).lint().thresholds(), diagnostics));
        }
      }
      out.add(diagnostics);
    }
    return out;
  }

  private Set<String> ignoredRules(Spec spec, Diagnostics diagnostics) {
    Set<String> ignored = new HashSet<>();
    List<LintIgnore> ignores = spec.lint().ignore();
    for (int i = 0; i < ignores.size(); i++) {
      String id = ignores.get(i).rule();
      if (catalog.find(id).isPresent()) {
        ignored.add(id);
      } else {
        SpecPath path = SpecPaths.spec("lint.ignore").at(i).at("rule");
        diagnostics.error(UNKNOWN_RULE, path, "Unknown rule `" + id + "` in `lint.ignore`",
            "Use an ID listed by `rhc rules`, or remove the entry.");
      }
    }
    return ignored;
  }
}
