package io.rhc.rollout;

import java.util.Optional;

/**
 * A changed setting, what applying it takes, and why (the command, or the reason and the procedure to use).
 *
 * @param live for a live change, the command that applies it
 */
public record ClassifiedChange(SettingChange change, ChangeKind kind, String why, Optional<Live> live) {
  ClassifiedChange(SettingChange change, ChangeKind kind, String why) {
    this(change, kind, why, Optional.empty());
  }
}
