package io.rhc.model;

import java.time.Duration;

/** HAProxy backend health check. */
public record ProxyCheck(Duration interval, int fall, int rise) {}
