package io.rhc.model;

/** Where backups go. */
public sealed interface BackupDestination {
  /** An NFS export. */
  record Nfs(String server, String path) implements BackupDestination {}

  /** A host directory. */
  record HostPath(String path) implements BackupDestination {}

  /** An existing PersistentVolumeClaim. */
  record VolumeClaim(String name) implements BackupDestination {}
}
