package io.rhc.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The targets on the class path, sorted by id. */
public final class TargetRegistry {
  private final List<Target> targets;

  public TargetRegistry(List<Target> targets) {
    List<Target> sorted = new ArrayList<>(targets);
    sorted.sort(Comparator.comparing(Target::id));
    this.targets = List.copyOf(sorted);
  }

  public static TargetRegistry load() {
    List<Target> found = new ArrayList<>();
    ServiceLoader.load(Target.class, TargetRegistry.class.getClassLoader()).forEach(found::add);
    return new TargetRegistry(found);
  }

  public List<Target> all() {
    return targets;
  }

  public Optional<Target> find(String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return targets.stream().map(Target::id).toList();
  }
}
