package io.rhc.lint.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A container image reference split into repository, tag and digest. */
public record ImageRef(String repository, Optional<String> tag, boolean digest) {
  private static final Pattern PINNED_TAG = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)([-._].*)?");
  /** {@code 7}, {@code 7.4}, {@code 7.4-alpine}: a release line; two digits at most, so a date tag is none. */
  private static final Pattern LINE_TAG = Pattern.compile("v?(\\d{1,2})(\\.\\d{1,2})?([-_].*)?");

  public static ImageRef parse(String image) {
    int at = image.indexOf('@');
    String name = at >= 0 ? image.substring(0, at) : image;
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    if (colon > slash) {
      return new ImageRef(name.substring(0, colon), Optional.of(name.substring(colon + 1)), at >= 0);
    }
    return new ImageRef(name, Optional.empty(), at >= 0);
  }

  /** Pinned means a digest or a full {@code x.y.z} tag; {@code latest}, {@code 7}, {@code 7.4}, {@code alpine} float. */
  public boolean pinned() {
    return digest || tag.map(t -> PINNED_TAG.matcher(t).matches()).orElse(false);
  }

  /** The {@code x.y.z} version in the tag, when it has one. */
  public Optional<String> version() {
    return tag.map(PINNED_TAG::matcher).filter(Matcher::matches)
        .map(m -> m.group(1) + "." + m.group(2) + "." + m.group(3));
  }

  /** The release line a floating tag names ({@code 7.4} for {@code 7.4-alpine}, {@code 8} for {@code 8}). */
  public Optional<String> versionLine() {
    return tag.map(LINE_TAG::matcher).filter(Matcher::matches)
        .map(m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)));
  }

  /** The last path segment of the repository: {@code redis} for {@code docker.io/library/redis}. */
  public String baseName() {
    return repository.substring(repository.lastIndexOf('/') + 1);
  }
}
