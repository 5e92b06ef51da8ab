package io.rhc.target.kubernetes;

import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** services.yaml: headless Services for stable pod names, and the client Service in front of HAProxy. */
final class Services {
  static final String FILE = "services.yaml";

  private Services() {}

  record Port(String name, int port) {}

  record View(String cluster, String name, Pods.Selector selector, List<Port> ports) {}

  static String render(Spec spec, Names names) {
    List<String> docs = new ArrayList<>();
    List<Port> dataPorts = new ArrayList<>();
    dataPorts.add(new Port("redis", spec.nodes().port()));
    if (!names.dedicatedSentinels()) {
      dataPorts.add(new Port("sentinel", spec.sentinel().port()));
    }
    if (spec.monitoring().exporter().enabled()) {
      dataPorts.add(new Port("metrics", spec.monitoring().exporter().port()));
    }
    docs.add(Render.template("headless-service.yaml.mustache", new View(names.cluster(),
        Yaml.str(names.dataHeadless()), Pods.Selector.of(names, Pods.COMPONENT_REDIS), dataPorts)));
    if (names.dedicatedSentinels()) {
      docs.add(Render.template("headless-service.yaml.mustache", new View(names.cluster(),
          Yaml.str(names.sentinelHeadless()), Pods.Selector.of(names, Pods.COMPONENT_SENTINEL),
          List.of(new Port("sentinel", spec.sentinel().port())))));
    }
    client(spec, names).ifPresent(view -> docs.add(Render.template("client-service.yaml.mustache", view)));
    return Render.documents(docs);
  }

  private static Optional<View> client(Spec spec, Names names) {
    if (!spec.proxy().enabled()) {
      return Optional.empty();
    }
    List<Port> ports = new ArrayList<>();
    ports.add(new Port("redis", spec.proxy().port()));
    spec.proxy().readOnlyPort().ifPresent(p -> ports.add(new Port("redis-read", p)));
    spec.proxy().sentinelPort().ifPresent(p -> ports.add(new Port("sentinel", p)));
    return Optional.of(new View(names.cluster(), Yaml.str(names.clientService()),
        Pods.Selector.of(names, Pods.COMPONENT_HAPROXY), ports));
  }
}
