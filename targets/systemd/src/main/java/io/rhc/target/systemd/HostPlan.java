package io.rhc.target.systemd;

import java.util.OptionalInt;

/**
 * What one host runs: the data node it carries (if any), its sentinel's index among the sentinel
 * hosts (if any) and whether it runs HAProxy.
 */
record HostPlan(String name, OptionalInt node, OptionalInt sentinel, boolean proxy) {
  boolean redis() {
    return node.isPresent();
  }
}
