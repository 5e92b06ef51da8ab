package io.rhc.model;

import java.util.Optional;

/** Where the data directory lives. */
public record Volume(VolumeType type, ByteSize size, Optional<String> storageClass, String path) {}
