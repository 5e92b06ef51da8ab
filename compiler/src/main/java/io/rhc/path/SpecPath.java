package io.rhc.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A location in the spec tree, built with {@link #at(String)} and {@link #at(int)}.
 * Prints as {@code spec.sentinel.quorum}, {@code spec.nodes.overrides[0].version} or
 * {@code metadata.labels["app.kubernetes.io/name"]}.
 */
public final class SpecPath implements Comparable<SpecPath> {
  private static final SpecPath ROOT = new SpecPath(List.of());
  /** Keys printed after a dot; others are quoted. Compiled once: paths are printed and compared very often. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final List<Object> segments;
  /** The printed form, made on first use: paths are compared by it in every sorted map of a compile. */
  private String printed;

  private SpecPath(List<Object> segments) {
    this.segments = segments;
  }

  public static SpecPath root() {
    return ROOT;
  }

  /** Parses the printed form back ({@code spec.a[0].b}); keys that need quoting use {@code ["k"]}. */
  public static SpecPath parse(String text) {
    SpecPath path = ROOT;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        String inside = text.substring(i + 1, end);
        path = inside.startsWith("\"")
            ? path.at(inside.substring(1, inside.length() - 1))
            : path.at(Integer.parseInt(inside));
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        path = path.at(text.substring(i, end));
        i = end;
      }
    }
    return path;
  }

  public SpecPath at(String key) {
    return append(Objects.requireNonNull(key));
  }

  public SpecPath at(int index) {
    return append(index);
  }

  /** Joins a dotted relative path such as {@code "sentinel.quorum"}. */
  public SpecPath resolve(String dotted) {
    SpecPath path = this;
    for (String part : dotted.split("\\.")) {
      path = path.at(part);
    }
    return path;
  }

  private SpecPath append(Object segment) {
    List<Object> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new SpecPath(Collections.unmodifiableList(next));
  }

  public List<Object> segments() {
    return segments;
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public SpecPath parent() {
    return segments.isEmpty() ? this : new SpecPath(segments.subList(0, segments.size() - 1));
  }

  /** The last segment, or the empty string for the root. */
  public String leaf() {
    return segments.isEmpty() ? "" : String.valueOf(segments.get(segments.size() - 1));
  }

  /** RFC 6901 JSON pointer of this path, e.g. {@code /spec/nodes/overrides/0}. */
  public String toJsonPointer() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      sb.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  public boolean startsWith(SpecPath prefix) {
    return segments.size() >= prefix.segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  @Override
  public String toString() {
    String text = printed;
    if (text == null) {
      text = print();
      printed = text;
    }
    return text;
  }

  private String print() {
    if (segments.isEmpty()) {
      return "(root)";
    }
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        sb.append('[').append(segment).append(']');
      } else {
        String key = (String) segment;
        if (PLAIN_KEY.matcher(key).matches()) {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(key);
        } else {
          sb.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public int compareTo(SpecPath o) {
    return toString().compareTo(o.toString());
  }
}
