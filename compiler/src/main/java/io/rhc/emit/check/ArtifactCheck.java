package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.List;

/**
 * An invariant of generated files, checked on every target's output before it is written, so a
 * template regression cannot ship a broken file.
 */
public interface ArtifactCheck {
  /** Stable {@code RHC6xxx} code of the diagnostics this check reports. */
  String id();

  /** Problems in one target's artifacts, each naming the artifact and line. */
  List<Finding> check(List<Artifact> artifacts);

  /**
   * One problem.
   *
   * @param artifact the artifact's relative path
   * @param line 1-based line in the artifact, or 0 for the whole file
   * @param summary what is wrong, sentence case, no trailing period
   * @param hint what to change in the template, full sentences
   */
  record Finding(String artifact, int line, String summary, String hint) {}
}
