package io.rhc.audit;

import java.util.List;

/** A containerised cluster as manifests or a compose file show it: one host entry per pod or container. */
record ContainerMaterial(List<HostMaterial> hosts, ContainerFacts facts) {}
