package io.rhc.model;

import java.time.Duration;
import java.util.Optional;

/** Settings only the kubernetes target uses. */
public record KubernetesSettings(
    String clusterDomain,
    String podManagementPolicy,
    String updateStrategy,
    Duration terminationGracePeriod,
    String cpuRequest,
    Optional<String> cpuLimit,
    String serviceName) {}
