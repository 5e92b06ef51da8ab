package io.rhc.validate;

import io.rhc.units.Durations;
import io.rhc.units.Sizes;
import io.rhc.units.UnitException;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Explains a string that does not match its schema pattern in the terms of what the value is
 * (a size, a duration, a version, a DNS name ...) rather than by quoting the regular expression.
 */
final class PatternExplanations {
  private static final String DNS_LABEL_STRICT = "^[a-z]([-a-z0-9]*[a-z0-9])?$";
  private static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  private static final String DNS_SUBDOMAIN = "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$";
  private static final Pattern TRAVERSAL = Pattern.compile("(^|/)\\.\\.?(/|$)");
  private static final String NAME_DETAIL =
      "The name becomes part of file names, host names and Kubernetes object names.";

  private PatternExplanations() {}

  /**
   * @param definition the {@code $defs} entry the pattern belongs to, when the pattern is a shared one
   * @param owner the schema object holding the failed {@code pattern}
   * @param field the name of the field, for the fallback message
   */
  static Explanation explain(Optional<String> definition, JsonNode owner, String field, String value) {
    if (definition.isPresent()) {
      switch (definition.get()) {
        case "size" -> {
          return size(value);
        }
        case "sizeOrPercent" -> {
          return value.endsWith("%")
              ? new Explanation("`" + value + "` is not a percentage of the memory limit",
                  "Write a number below 100 with at most two decimals, for example `80%`.")
              : size(value);
        }
        case "duration" -> {
          return duration(value);
        }
        case "version" -> {
          return new Explanation("`" + value + "` is not a full `major.minor.patch` version",
              "Quote a full x.y.z version, for example `\"8.6.2\"`.");
        }
        case "image" -> {
          return new Explanation("`" + value + "` is not a valid image reference",
              "Write a lower-case `registry/repository:tag`, for example `redis:8.6.2-alpine`, or pin a digest "
                  + "with `@sha256:<64 hex digits>`.");
        }
        case "hostname" -> {
          return new Explanation("`" + value + "` is not a valid host name",
              "Use letters, digits and `-` in dot-separated labels of at most 63 characters (RFC 1123).");
        }
        case "absolutePath" -> {
          return path(value);
        }
        default -> { }
      }
    }
    return byPattern(owner, field, value);
  }

  private static Explanation byPattern(JsonNode owner, String field, String value) {
    String pattern = owner.path("pattern").asString();
    boolean escapes = value.contains("/") || value.contains("..");
    String detail = escapes
        ? NAME_DETAIL + " A `/` or `..` could make generated files land outside the output directory."
        : NAME_DETAIL;
    return switch (pattern) {
      case DNS_LABEL_STRICT -> new Explanation("`" + value + "` is not a DNS-1123 label", detail,
          "Use lower-case letters, digits and `-`, starting with a letter and ending with a letter or digit, "
              + "for example `redis-main`; no `.`, `..` or `/`.");
      case DNS_LABEL -> new Explanation("`" + value + "` is not a DNS-1123 label", detail,
          "Use lower-case letters, digits and `-`, starting and ending with a letter or digit; no `.`, `..` or `/`.");
      case DNS_SUBDOMAIN -> new Explanation("`" + value + "` is not a DNS-1123 subdomain", detail,
          "Use lower-case letters, digits, `-` and `.`, starting and ending with a letter or digit.");
      default -> new Explanation("`" + value + "` is not a valid `" + field + "`",
          SchemaTree.description(owner).map(d -> "Expected: " + sentence(d))
              .orElse("Compare the value with `" + field + "` in the examples."));
    };
  }

  private static Explanation size(String value) {
    try {
      Sizes.parse(value);
      return new Explanation("`" + value + "` is not a size in the accepted form",
          "Write at most 15 digits and one unit, for example `768Mi`, `640mb` or `1G`.");
    } catch (UnitException e) {
      return new Explanation(e.getMessage(), e.hint());
    }
  }

  private static Explanation duration(String value) {
    try {
      Durations.parse(value);
      return new Explanation("`" + value + "` is not a duration in the accepted form",
          "Write at most 9 digits and one unit, for example `1500ms`, `5s` or `30m`.");
    } catch (UnitException e) {
      return new Explanation(e.getMessage(), e.hint());
    }
  }

  private static Explanation path(String value) {
    if (!value.startsWith("/")) {
      return new Explanation("`" + value + "` is not an absolute path", "Start the path with `/`.");
    }
    if (TRAVERSAL.matcher(value).find()) {
      return new Explanation("`" + value + "` contains a `.` or `..` segment",
          "A `..` segment can point outside the intended directory.",
          "Write the absolute path without `.` or `..` segments, for example `/var/lib/redis`.");
    }
    return new Explanation("`" + value + "` contains characters not allowed in a path",
        "Use letters, digits and `._@+-` only; no spaces, empty segments or shell metacharacters.");
  }

  private static String sentence(String description) {
    String trimmed = description.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }
}
