package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.LintIgnore;
import io.rhc.model.LintSettings;
import io.rhc.model.Thresholds;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code spec.lint}: rules switched off for this spec and tunable thresholds. */
final class LintSettingsResolver {
  private static final SpecPath LINT = SPEC.at("lint");

  private LintSettingsResolver() {}

  static LintSettings resolve(SpecReader reader, Diagnostics diagnostics) {
    SpecPath list = LINT.at("ignore");
    List<LintIgnore> ignore = new ArrayList<>();
    Map<String, Integer> firstByRule = new HashMap<>();
    int count = reader.count(list);
    for (int i = 0; i < count; i++) {
      LintIgnore entry = new LintIgnore(reader.text(list.at(i).at("rule")), reader.text(list.at(i).at("reason")));
      Integer first = firstByRule.putIfAbsent(entry.rule(), i);
      if (first != null) {
        diagnostics.add(Diagnostic.error("RHC0211", list.at(i).at("rule"),
            "Rule `" + entry.rule() + "` is ignored twice (first at `lint.ignore[" + first + "]`)",
            "Keep one entry per rule and put both reasons in it."));
      }
      ignore.add(entry);
    }
    SpecPath t = LINT.at("thresholds");
    Thresholds thresholds = new Thresholds(reader.integer(t.at("maxmemoryInfoPercent")),
        reader.integer(t.at("maxmemoryWarningPercent")), reader.integer(t.at("maxmemoryErrorPercent")),
        reader.duration(t.at("minDownAfter")), reader.duration(t.at("maxDownAfter")),
        reader.duration(t.at("maxCheckDetection")));
    return new LintSettings(ignore, thresholds);
  }
}
