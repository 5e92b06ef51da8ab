package io.rhc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.rhc.source.SourceReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Expands command-line spec arguments: a file stays itself; a directory yields the {@code *.yaml} /
 * {@code *.yml} files below it that declare {@code kind: RedisHA} (so a repository of manifests can be
 * given as is); an argument with glob characters is matched below its fixed prefix.
 * The result is sorted and without duplicates, so batch output does not depend on file-system order.
 */
final class SpecFiles {
  private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*[\"']?RedisHA[\"']?\\s*(#.*)?$");

  private SpecFiles() {}

  /** Adds the {@code FILE...} parameter of the commands that take specs to {@code command}. */
  static Arg<List<String>> arguments(CommandSpec command) {
    return Arg.positional(command, PositionalParamSpec.builder().paramLabel("FILE").arity("1..*")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Spec files, directories or quoted glob patterns; `-` reads one spec from stdin."));
  }

  static List<Path> expand(List<String> arguments) {
    TreeSet<Path> files = new TreeSet<>();
    List<Path> missing = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(SpecInputs.STDIN)) {
        if (!missing.contains(Path.of(argument))) {
          missing.add(Path.of(argument));
        }
        continue;
      }
      if (argument.contains("*") || argument.contains("?") || argument.contains("[")) {
        files.addAll(glob(argument));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        files.addAll(yamlFilesBelow(path));
      } else {
        missing.add(path);
      }
    }
    List<Path> all = new ArrayList<>(files);
    all.addAll(missing);
    return all;
  }

  private static List<Path> yamlFilesBelow(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(SpecFiles::isYaml).filter(SpecFiles::declaresRedisHa)
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> glob(String pattern) {
    int cut = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        break;
      }
      if (c == '/') {
        cut = i + 1;
      }
    }
    boolean relative = cut == 0;
    Path base = relative ? Path.of(".") : Path.of(pattern.substring(0, cut));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> relative ? base.relativize(p) : p)
          .filter(matcher::matches)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean declaresRedisHa(Path p) {
    try {
      return Files.size(p) <= SourceReader.MAX_BYTES && KIND.matcher(Files.readString(p)).find();
    } catch (IOException | java.io.UncheckedIOException e) {
      return true;
    }
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
