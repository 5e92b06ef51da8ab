package io.rhc.target.compose;

/**
 * One entry of a service's {@code volumes:}.
 *
 * @param kind a named volume or a host path bind mount
 * @param source volume name, or host path relative to the project directory
 * @param target absolute path in the container
 * @param readOnly mounted {@code :ro}
 * @param state whether Redis or Sentinel write their config or data here (must be a writable directory)
 */
record Mount(Kind kind, String source, String target, boolean readOnly, boolean state) {
  enum Kind {
    VOLUME,
    BIND
  }

  static Mount config(String hostDir, String target) {
    return new Mount(Kind.BIND, hostDir, target, true, false);
  }

  static Mount state(String volume, String target) {
    return new Mount(Kind.VOLUME, volume, target, false, true);
  }

  static Mount volume(String volume, String target) {
    return new Mount(Kind.VOLUME, volume, target, false, false);
  }

  static Mount bind(String hostPath, String target) {
    return new Mount(Kind.BIND, hostPath, target, false, false);
  }

  /** The short syntax: {@code source:target[:ro]}. */
  String shortSyntax() {
    return source + ":" + target + (readOnly ? ":ro" : "");
  }
}
