package io.rhc.model;

import java.time.Duration;
import java.util.Optional;

/**
 * The cert-manager {@code Certificate} rhc emits for a Kubernetes cluster.
 *
 * @param issuerName the Issuer or ClusterIssuer that signs it
 * @param issuerKind {@code Issuer} (the cluster's namespace) or {@code ClusterIssuer}
 * @param issuerGroup the issuer's API group, {@code cert-manager.io} unless an external issuer
 * @param duration the certificate's lifetime, cert-manager's default (90 days) when empty
 * @param renewBefore how long before expiry cert-manager renews it, its default (a third of the lifetime) when empty
 */
public record CertManager(String issuerName, String issuerKind, String issuerGroup, Optional<Duration> duration,
    Optional<Duration> renewBefore) {}
