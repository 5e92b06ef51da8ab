package io.rhc.model;

/** Whether the data directory survives a reschedule. */
public enum VolumeType {
  PERSISTENT,
  EPHEMERAL
}
