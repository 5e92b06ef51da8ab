package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every diagnostic ID the target can report has a row in the module README, and every row is a real ID. */
class ReadmeCodesTest {
  @Test
  void readme_documents_exactly_the_ids_in_use() throws IOException, IllegalAccessException {
    List<String> used = new ArrayList<>();
    for (Class<?> c : List.of(ComposeUnsupported.class, ComposeRestartRule.class, ComposeCheck.class)) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          f.setAccessible(true);
          String value = (String) f.get(null);
          if (value.matches("RHC[56]\\d{3}")) {
            used.add(value);
          }
        }
      }
    }
    String readme = Files.readString(Path.of("README.md"));
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `(RHC\\d{4})` \\|").matcher(readme);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertTrue(used.size() >= 12, "ids found: " + used);
    assertEquals(used.stream().sorted().toList(), documented.stream().sorted().toList());
  }
}
