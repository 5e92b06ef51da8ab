package io.rhc.emit;

import io.rhc.model.Spec;
import java.util.List;

/**
 * A deployment target. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.rhc.emit.Target}) and may import only the model, emit, diag
 * and path packages.
 */
public interface Target {
  /** Kebab-case id, equal to the module folder: {@code kubernetes}, {@code compose}, {@code systemd}. */
  String id();

  /** One line for {@code rhc targets}. */
  String description();

  /**
   * Generates the files for a spec that passed lint. Problems the target finds (for example
   * a value it cannot express) go to {@code ctx.diagnostics()}; an error there stops the write.
   * The returned list is sorted by path.
   */
  List<Artifact> emit(Spec spec, EmitContext ctx);

  /** Features of the spec this target cannot express, each reported as a warning. */
  default List<Unsupported> unsupported(Spec spec) {
    return List.of();
  }
}
