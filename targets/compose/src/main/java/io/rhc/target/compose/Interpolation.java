package io.rhc.target.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compose variable interpolation: the secrets come from the project's {@code .env}, never from the file. */
final class Interpolation {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::\\?[^}]*)?}");

  private Interpolation() {}

  /** {@code ${NAME:?NAME must be set in .env}}: compose refuses to start when the variable is empty. */
  static String required(String name) {
    return "${" + name + ":?" + name + " must be set in .env}";
  }

  static List<String> variables(String value) {
    List<String> names = new ArrayList<>();
    Matcher m = VARIABLE.matcher(value);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
