package io.rhc.emit.runtime;

import static io.rhc.emit.runtime.Formats.yesNo;

import io.rhc.model.Spec;
import java.util.List;

/** The base sentinel.conf; rhc-init.sh adds identity and the monitored master on every boot. */
final class SentinelConf {
  private SentinelConf() {}

  record View(String clusterName, String stateDir, String bind, List<String> listen, String resolveHostnames,
      String announceHostnames, List<String> config) {
    public boolean hasConfig() {
      return !config.isEmpty();
    }
  }

  static String render(Spec spec, RuntimeLayout layout) {
    View view = new View(spec.name(), layout.stateDir(), Formats.bindAll(spec.sentinel().version()),
        TlsLines.listen(spec.tls(), layout.tls(), spec.sentinel().port()), yesNo(spec.sentinel().resolveHostnames()),
        yesNo(spec.sentinel().announceHostnames()), Formats.configLines(spec.sentinel().config()));
    return Render.template("sentinel.conf.mustache", view);
  }
}
