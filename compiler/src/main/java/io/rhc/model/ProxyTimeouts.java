package io.rhc.model;

import java.time.Duration;

/** HAProxy timeouts. */
public record ProxyTimeouts(Duration connect, Duration client, Duration server, Duration tunnel, Duration check) {}
