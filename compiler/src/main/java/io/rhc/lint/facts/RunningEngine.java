package io.rhc.lint.facts;

import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import java.util.Optional;

/**
 * What an instance really runs: the engine and version its image's tag names (`redis:8.6.2-alpine`,
 * `valkey/valkey:8.1.1`, `bitnami/redis:7.4.2-debian-12-r0`, with or without registry and digest), or the
 * declared ones where the image says nothing (a digest only, a private name).
 *
 * @param fromImage whether the image named both the engine and the version
 */
public record RunningEngine(EngineType type, EngineVersion version, boolean fromImage) {

  public static RunningEngine of(String image, EngineType declaredType, EngineVersion declaredVersion) {
    ImageRef ref = ImageRef.parse(image);
    Optional<EngineType> type = engineOf(ref);
    Optional<EngineVersion> version = ref.version().map(EngineVersion::parse);
    return new RunningEngine(type.orElse(declaredType), version.orElse(declaredVersion),
        type.isPresent() && version.isPresent());
  }

  /** The engine an image's repository name says it runs: Valkey, Redis (not its exporter), or unknown. */
  public static Optional<EngineType> engineOf(ImageRef ref) {
    String name = ref.baseName();
    if (name.contains("valkey")) {
      return Optional.of(EngineType.VALKEY);
    }
    return name.contains("redis") && !name.contains("exporter") ? Optional.of(EngineType.REDIS) : Optional.empty();
  }

  /** "redis 8.6.2". */
  public String describe() {
    return type.id() + " " + version;
  }
}
