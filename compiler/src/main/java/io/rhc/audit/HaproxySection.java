package io.rhc.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@code global}, {@code defaults}, {@code frontend}, {@code backend} or {@code listen} section. */
public record HaproxySection(String kind, String name, ConfigToken header, List<HaproxyLine> lines) {
  /** The first line whose words start with {@code prefix} ("timeout check", "option tcp-check"). */
  public Optional<HaproxyLine> find(String... prefix) {
    for (HaproxyLine line : lines) {
      if (line.words().size() >= prefix.length && startsWith(line, prefix)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** Every line whose keyword is {@code keyword}. */
  public List<HaproxyLine> all(String keyword) {
    List<HaproxyLine> out = new ArrayList<>();
    lines.stream().filter(l -> l.keyword().equals(keyword)).forEach(out::add);
    return out;
  }

  private static boolean startsWith(HaproxyLine line, String[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (!line.words().get(i).text().equals(prefix[i])) {
        return false;
      }
    }
    return true;
  }
}
