package io.rhc.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.rhc.emit.template.Templates;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes the native-image reachability metadata the CLI needs beyond what the libraries ship: the
 * records Mustache.java reflects on (every record in a package that renders templates, and the records
 * their components hold), subcommands from libraries, and the class-path resources (templates, schema,
 * runtime scripts, rule docs, version). Jackson is only used through its tree model, which
 * needs no reflection.
 */
final class NativeMetadata {
  static final String FILE = "src/main/resources/META-INF/native-image/io.rhc/rhc-cli/reachability-metadata.json";

  /** Globs (GraalVM and {@code java.nio} syntax agree on these) of the resources the image carries. */
  static final List<String> RESOURCE_GLOBS = List.of(
      "io/rhc/**/*.mustache", "io/rhc/**/*.sh", "io/rhc/**/*.md", "io/rhc/**/*.json", "io/rhc/**/*.properties",
      "io/rhc/**/*.tsv");

  private NativeMetadata() {}

  static Set<String> viewRecords() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.rhc");
    Set<String> renderingPackages = production.stream()
        .filter(c -> c.getMethodCallsFromSelf().stream()
            .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Templates.class)
                && call.getName().equals("render")))
        .map(JavaClass::getPackageName)
        .collect(Collectors.toSet());
    Set<String> records = new TreeSet<>();
    production.stream()
        .filter(c -> renderingPackages.contains(c.getPackageName()))
        .map(JavaClass::reflect)
        .filter(Class::isRecord)
        .forEach(type -> addWithComponents(type, records));
    return records;
  }

  private static void addWithComponents(Class<?> record, Set<String> records) {
    if (!records.add(record.getName())) {
      return;
    }
    for (RecordComponent component : record.getRecordComponents()) {
      addRecordsIn(component.getGenericType(), records);
    }
  }

  private static void addRecordsIn(Type type, Set<String> records) {
    if (type instanceof Class<?> c && c.isRecord()) {
      addWithComponents(c, records);
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        addRecordsIn(argument, records);
      }
    }
  }

  static String json() {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode reflection = root.putArray("reflection");
    for (String record : viewRecords()) {
      reflection.addObject().put("type", record).put("allDeclaredMethods", true).put("allDeclaredFields", true);
    }
    // rhc's own commands are picocli models built in code (CommandModel), which need no reflection; picocli
    // reads a library's subcommand (its help command) from the annotations and sets its fields
    for (var command : Commands.ALL.values()) {
      Class<?> type = command.get().userObject().getClass();
      if (!type.getPackageName().equals(Commands.class.getPackageName())) {
        reflection.addObject().put("type", type.getName()).put("allDeclaredConstructors", true)
            .put("allDeclaredMethods", true).put("allDeclaredFields", true);
      }
    }
    ArrayNode resources = root.putArray("resources");
    RESOURCE_GLOBS.forEach(glob -> resources.addObject().put("glob", glob));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
