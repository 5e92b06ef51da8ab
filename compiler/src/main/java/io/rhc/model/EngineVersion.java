package io.rhc.model;

/** A {@code major.minor.patch} engine version. */
public record EngineVersion(int major, int minor, int patch) implements Comparable<EngineVersion> {
  // equals and hashCode written out: a record's generated ones are linked through ObjectMethods on first use,
  // about 6 ms of a cold compile, and a compile compares these (see ModelEqualityTest)
  public static EngineVersion parse(String text) {
    String[] parts = text.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not major.minor.patch: " + text);
    }
    return new EngineVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  public boolean atLeast(int maj, int min, int pat) {
    return compareTo(new EngineVersion(maj, min, pat)) >= 0;
  }

  @Override
  public int compareTo(EngineVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c == 0 ? Integer.compare(patch, o.patch) : c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EngineVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return (major * 31 + minor) * 31 + patch;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
