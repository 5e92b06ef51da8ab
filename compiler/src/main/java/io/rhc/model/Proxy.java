package io.rhc.model;

import java.util.OptionalInt;

/** HAProxy in front of the data nodes. */
public record Proxy(
    boolean enabled,
    String image,
    int replicas,
    int minAvailable,
    int port,
    OptionalInt readOnlyPort,
    OptionalInt sentinelPort,
    int statsPort,
    ProxyCheck check,
    ProxyTimeouts timeouts,
    boolean shutdownSessionsOnMarkedDown) {}
