package io.rhc.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lines of a generated unit the drill runs: environment and Exec* command lines. */
record UnitFile(Map<String, String> environment, Optional<String> environmentFile, String user,
    List<List<String>> execStartPre, List<String> execStart, List<List<String>> execStop) {

  static UnitFile read(Path unit) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    Optional<String> envFile = Optional.empty();
    String user = "";
    List<List<String>> pre = new ArrayList<>();
    List<String> start = List.of();
    List<List<String>> stop = new ArrayList<>();
    for (String line : Files.readAllLines(unit)) {
      int eq = line.indexOf('=');
      if (line.startsWith("#") || eq < 0) {
        continue;
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      switch (key) {
        case "Environment" -> env.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
        case "EnvironmentFile" -> envFile = Optional.of(value);
        case "User" -> user = value;
        case "ExecStartPre" -> pre.add(words(value));
        case "ExecStart" -> start = words(value);
        case "ExecStop" -> stop.add(words(value));
        default -> { }
      }
    }
    return new UnitFile(env, envFile, user, pre, start, stop);
  }

  private static List<String> words(String command) {
    return Arrays.asList(command.trim().split("\\s+"));
  }
}
