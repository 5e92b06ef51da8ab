package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Proxy;
import io.rhc.model.ProxyCheck;
import io.rhc.model.ProxyTimeouts;
import io.rhc.path.SpecPath;
import tools.jackson.databind.JsonNode;

/** {@code spec.proxy}: HAProxy in front of the data nodes. */
final class ProxyResolver {
  private static final SpecPath PROXY = SPEC.at("proxy");

  private ProxyResolver() {}

  static Proxy resolve(SpecReader reader, Diagnostics diagnostics) {
    int replicas = reader.integer(PROXY.at("replicas"));
    int minAvailable = reader.readOr(PROXY.at("minAvailable"), JsonNode::intValue, () -> Math.max(0, replicas - 1),
        "`proxy.replicas` − 1");
    SpecPath check = PROXY.at("check");
    SpecPath timeouts = PROXY.at("timeouts");
    Proxy proxy = new Proxy(
        reader.flag(PROXY.at("enabled")),
        reader.text(PROXY.at("image")),
        replicas,
        minAvailable,
        reader.integer(PROXY.at("port")),
        reader.optionalInteger(PROXY.at("readOnlyPort")),
        reader.optionalInteger(PROXY.at("sentinelPort")),
        reader.integer(PROXY.at("statsPort")),
        new ProxyCheck(reader.duration(check.at("interval")), reader.integer(check.at("fall")),
            reader.integer(check.at("rise"))),
        new ProxyTimeouts(reader.duration(timeouts.at("connect")), reader.duration(timeouts.at("client")),
            reader.duration(timeouts.at("server")), reader.duration(timeouts.at("tunnel")),
            reader.duration(timeouts.at("check"))),
        reader.flag(PROXY.at("shutdownSessionsOnMarkedDown")));
    if (proxy.minAvailable() > proxy.replicas()) {
      diagnostics.add(Diagnostic.error("RHC0209", PROXY.at("minAvailable"),
          "`proxy.minAvailable` " + proxy.minAvailable() + " is more than the " + proxy.replicas()
              + " HAProxy replicas",
          "Set `proxy.minAvailable` to at most " + (proxy.replicas() - 1) + " so a voluntary disruption can"
              + " move one instance at a time.")
          .withDetail("A disruption budget that can never be met blocks node drains forever."));
    }
    return proxy;
  }
}
