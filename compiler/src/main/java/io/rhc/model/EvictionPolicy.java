package io.rhc.model;

/** {@code maxmemory-policy} values. */
public enum EvictionPolicy {
  NOEVICTION("noeviction"),
  ALLKEYS_LRU("allkeys-lru"),
  ALLKEYS_LFU("allkeys-lfu"),
  ALLKEYS_RANDOM("allkeys-random"),
  VOLATILE_LRU("volatile-lru"),
  VOLATILE_LFU("volatile-lfu"),
  VOLATILE_RANDOM("volatile-random"),
  VOLATILE_TTL("volatile-ttl");

  private final String id;

  EvictionPolicy(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static EvictionPolicy fromId(String id) {
    for (EvictionPolicy p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown policy: " + id);
  }
}
