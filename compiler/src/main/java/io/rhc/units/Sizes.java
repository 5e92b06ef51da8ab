package io.rhc.units;

import io.rhc.model.ByteSize;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads byte sizes written as Kubernetes quantities or Redis units, without ever confusing
 * 1000 with 1024:
 *
 * <ul>
 *   <li>{@code Ki Mi Gi Ti} (Kubernetes) and {@code kb mb gb tb} (Redis) are powers of 1024;
 *   <li>{@code k M G T} (Kubernetes, and Redis {@code k}) are powers of 1000;
 *   <li>{@code m} is rejected (milli in Kubernetes, mega in Redis), and so are {@code g},
 *       {@code K}, {@code KB}, {@code MB}, {@code GB} and {@code B}, which people read differently.
 * </ul>
 */
public final class Sizes {
  private static final Pattern FORM = Pattern.compile("([0-9]+)([A-Za-z]*)");
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("", 1L),
      Map.entry("Ki", 1L << 10), Map.entry("Mi", 1L << 20), Map.entry("Gi", 1L << 30), Map.entry("Ti", 1L << 40),
      Map.entry("kb", 1L << 10), Map.entry("mb", 1L << 20), Map.entry("gb", 1L << 30), Map.entry("tb", 1L << 40),
      Map.entry("k", 1_000L), Map.entry("M", 1_000_000L), Map.entry("G", 1_000_000_000L),
      Map.entry("T", 1_000_000_000_000L));

  private Sizes() {}

  public static ByteSize parse(String text) throws UnitException {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new UnitException("`" + text + "` is not a size",
          "Write a whole number with a unit, for example `768Mi`, `640mb` or `1G`.");
    }
    String number = m.group(1);
    String unit = m.group(2);
    Long factor = UNITS.get(unit);
    if (factor == null) {
      throw new UnitException("`" + text + "` has an ambiguous or unknown unit `" + unit + "`", hintFor(number, unit));
    }
    BigInteger bytes = new BigInteger(number).multiply(BigInteger.valueOf(factor));
    if (bytes.bitLength() > 62) {
      throw new UnitException("`" + text + "` is too large", "Sizes must stay below 4 EiB.");
    }
    return ByteSize.ofBytes(bytes.longValueExact());
  }

  static String hintFor(String number, String unit) {
    return switch (unit) {
      case "m" -> "`m` means milli in Kubernetes and mega in Redis. Write `" + number + "Mi` or `" + number
          + "mb` (" + number + " x 1024^2 bytes) or `" + number + "M` (" + number + " x 10^6 bytes).";
      case "MB", "Mb", "mB" -> "`MB` is read as 1024^2 by Redis and as 10^6 by most people. Write `" + number
          + "mb` or `" + number + "Mi` (1024^2) or `" + number + "M` (10^6).";
      case "g", "GB", "Gb", "gB" -> "Write `" + number + "gb` or `" + number + "Gi` (1024^3) or `" + number
          + "G` (10^9).";
      case "K", "KB", "Kb", "kB" -> "Write `" + number + "kb` or `" + number + "Ki` (1024) or `" + number
          + "k` (1000).";
      case "TB", "t" -> "Write `" + number + "tb` or `" + number + "Ti` (1024^4) or `" + number + "T` (10^12).";
      case "B", "b" -> "Write plain bytes without a unit: `" + number + "`.";
      default -> "Use one of `Ki Mi Gi Ti` or `kb mb gb tb` (powers of 1024), or `k M G T` (powers of 1000).";
    };
  }
}
