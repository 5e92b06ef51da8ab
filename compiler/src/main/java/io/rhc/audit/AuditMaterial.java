package io.rhc.audit;

import java.util.List;
import java.util.Optional;

/**
 * Everything read for one audit: the hosts (host directories, or pods and compose services), the container facts
 * when the material is containers, the notes on what was read past, and rhc's cluster.env when host directories
 * are rhc's systemd output.
 */
public record AuditMaterial(List<HostMaterial> hosts, Optional<ContainerFacts> containers, List<AuditNote> notes,
    Optional<RhcClusterEnv> clusterEnv) {}
