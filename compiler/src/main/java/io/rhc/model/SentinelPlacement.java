package io.rhc.model;

/** Whether sentinels run beside the data nodes or as their own instances. */
public enum SentinelPlacement {
  COLOCATED,
  DEDICATED
}
