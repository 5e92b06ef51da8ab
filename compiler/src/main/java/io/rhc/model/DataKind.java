package io.rhc.model;

/** What a data class is for. */
public enum DataKind {
  CACHE,
  SESSION,
  QUEUE,
  STORE
}
