package io.rhc.model;

/** Failure domain instances are spread across. */
public enum Spread {
  NODE,
  ZONE,
  NONE
}
