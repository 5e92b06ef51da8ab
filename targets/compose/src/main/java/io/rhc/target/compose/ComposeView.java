package io.rhc.target.compose;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** compose.yaml as the template prints it: every scalar already quoted by {@link Yaml}. */
record ComposeView(
    String clusterName, String project, List<ServiceView> services, List<String> networks,
    List<VolumeView> volumes, List<SecretView> secrets) {

  public boolean hasVolumes() {
    return !volumes.isEmpty();
  }

  public boolean hasSecrets() {
    return !secrets.isEmpty();
  }

  record Entry(String key, String value) {}

  record HealthView(String test, String interval, String timeout, int retries, String startPeriod) {}

  record ServiceView(
      String name, String image, String hostname, List<Entry> labels, Optional<String> profiles,
      Optional<String> entrypoint,
      Optional<String> command, List<Entry> environment, Optional<String> secrets, List<String> volumes,
      List<String> networks, Optional<String> ports, String restart, Optional<String> stopGracePeriod,
      Optional<String> memLimit, Optional<String> memReservation, Optional<HealthView> healthcheck) {
    public boolean hasLabels() {
      return !labels.isEmpty();
    }

    public boolean hasEnvironment() {
      return !environment.isEmpty();
    }

    public boolean hasVolumes() {
      return !volumes.isEmpty();
    }
  }

  record VolumeView(String key, String name, Optional<String> nfsAddress, Optional<String> nfsDevice) {}

  record SecretView(String name, String file) {}

  /** Labels ({@code metadata.labels}) go on every service. */
  static ComposeView of(String clusterName, java.util.SortedMap<String, String> labels, ComposeProject project) {
    List<Entry> labelEntries = labels.entrySet().stream().map(e -> new Entry(Yaml.quote(e.getKey()),
        Yaml.quote(e.getValue()))).toList();
    return new ComposeView(clusterName, project.project(),
        project.services().stream().map(s -> service(s, labelEntries)).toList(),
        List.copyOf(project.networks().keySet()),
        project.volumes().values().stream().map(v -> new VolumeView(v.name(), Yaml.quote(v.name()),
            v.nfsAddress().map(Yaml::quote), v.nfsDevice().map(Yaml::quote))).toList(),
        project.secrets().entrySet().stream().map(e -> new SecretView(e.getKey(), Yaml.quote(e.getValue()))).toList());
  }

  private static ServiceView service(Service s, List<Entry> labels) {
    return new ServiceView(s.name(), Yaml.quote(s.image()), Yaml.quote(s.hostname()), labels, flowIfAny(s.profiles()),
        flowIfAny(s.entrypoint()), flowIfAny(s.command()),
        s.environment().entrySet().stream().map(ComposeView::entry).toList(), flowIfAny(s.secrets()),
        s.mounts().stream().map(m -> Yaml.quote(m.shortSyntax())).toList(), s.networks(), flowIfAny(s.ports()),
        Yaml.quote(s.restart()), s.stopGracePeriod().map(ComposeUnits::duration).map(Yaml::quote),
        s.memLimit().map(Yaml::quote), s.memReservation().map(Yaml::quote),
        s.healthcheck().map(h -> new HealthView(Yaml.flow(h.test()), Yaml.quote(ComposeUnits.duration(h.interval())),
            Yaml.quote(ComposeUnits.duration(h.timeout())), h.retries(),
            Yaml.quote(ComposeUnits.duration(h.startPeriod())))));
  }

  private static Entry entry(Map.Entry<String, String> e) {
    return new Entry(e.getKey(), Yaml.quote(e.getValue()));
  }

  private static Optional<String> flowIfAny(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(Yaml.flow(values));
  }
}
