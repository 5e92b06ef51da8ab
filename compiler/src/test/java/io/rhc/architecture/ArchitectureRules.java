package io.rhc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The compiler's architecture, as rules. Each names what it protects. */
final class ArchitectureRules {
  static final String[] BASE = {
    "io.rhc.model..", "io.rhc.engine..", "io.rhc.path..", "io.rhc.source..", "io.rhc.diag..", "io.rhc.units.."
  };

  static final ArchRule STAGES_ONLY_LOOK_BACK = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer("Facade").definedBy("io.rhc")
      .layer("Parse").definedBy("io.rhc.parse..")
      .layer("Validate").definedBy("io.rhc.validate..")
      .layer("Resolve").definedBy("io.rhc.resolve..")
      .layer("Explain").definedBy("io.rhc.explain..")
      .layer("Lint").definedBy("io.rhc.lint..")
      .layer("Report").definedBy("io.rhc.report..")
      .layer("Emit").definedBy("io.rhc.emit..")
      .layer("Rollout").definedBy("io.rhc.rollout..")
      .layer("Clients").definedBy("io.rhc.clients..")
      .layer("Audit").definedBy("io.rhc.audit..")
      .layer("Import").definedBy("io.rhc.importer..")
      .layer("Base").definedBy(BASE)
      .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
      .whereLayer("Parse").mayOnlyBeAccessedByLayers("Facade", "Validate", "Resolve")
      .whereLayer("Validate").mayOnlyBeAccessedByLayers("Facade")
      .whereLayer("Resolve").mayOnlyBeAccessedByLayers("Facade")
      .whereLayer("Explain").mayOnlyBeAccessedByLayers("Rollout")
      .whereLayer("Lint").mayOnlyBeAccessedByLayers("Facade", "Report", "Rollout")
      .whereLayer("Report").mayNotBeAccessedByAnyLayer()
      .whereLayer("Emit").mayOnlyBeAccessedByLayers("Facade")
      .whereLayer("Rollout").mayNotBeAccessedByAnyLayer()
      .whereLayer("Clients").mayNotBeAccessedByAnyLayer()
      .whereLayer("Audit").mayOnlyBeAccessedByLayers("Facade", "Import")
      .whereLayer("Import").mayOnlyBeAccessedByLayers("Facade")
      .as("Pipeline stages import only earlier stages and the base packages")
      .because("parse -> validate -> resolve -> lint -> emit is the order data flows; a stage that reaches"
          + " forward creates a cycle nobody can reason about");

  static final ArchRule BASE_IS_SELF_CONTAINED = classes().that().resideInAnyPackage(BASE)
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "io.rhc.model..", "io.rhc.engine..", "io.rhc.path..", "io.rhc.source..", "io.rhc.diag..", "io.rhc.units..", "java..")
      .as("Base packages (model, path, source, diag, units) depend only on each other and the JDK")
      .because("every stage and every target uses them; a library type there would leak everywhere");

  static final ArchRule MODEL_IS_PLAIN = classes().that().resideInAPackage("io.rhc.model..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("io.rhc.model..", "io.rhc.engine..", "io.rhc.path..", "java..")
      .as("The model imports no library")
      .because("targets and rules read it; it must stay a neutral, typed description of the cluster");

  static final ArchRule ONLY_PARSE_USES_SNAKEYAML = noClasses().that()
      .resideOutsideOfPackages("io.rhc.parse..", "io.rhc.audit..", "io.rhc.importer..")
      .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
      .as("Only parse (the spec), audit (manifests and compose files) and importer (writing the imported spec)"
          + " import SnakeYAML")
      .because("the spec reader's strict rules (duplicate keys, tags, plain scalars) are wrong for foreign YAML,"
          + " so audit reads its node marks itself, and the imported spec is written through SnakeYAML's"
          + " serializer with comments; no other stage touches YAML");

  static final ArchRule ONLY_VALIDATE_USES_NETWORKNT = noClasses().that().resideOutsideOfPackage("io.rhc.validate..")
      .should().dependOnClassesThat().resideInAPackage("com.networknt..")
      .as("Only validate imports the JSON Schema validator")
      .because("its message API changes across versions; one adapter absorbs that");

  static final ArchRule ONLY_TEMPLATES_USE_MUSTACHE = noClasses().that()
      .resideOutsideOfPackage("io.rhc.emit.template..")
      .should().dependOnClassesThat().resideInAPackage("com.github.mustachejava..")
      .as("Only emit.template imports Mustache.java")
      .because("the strict factory (no HTML escaping, missing variable = error) is built once there");

  static final ArchRule NO_CONSOLE = noClasses().should(ACCESS_STANDARD_STREAMS)
      .as("The compiler library never writes to System.out or System.err")
      .because("it is embedded by the CLI and other tools, which own the console");

  static final ArchRule NO_EXIT = noClasses().should().callMethod(System.class, "exit", int.class)
      .as("The compiler library never calls System.exit");

  static final ArchRule NO_CYCLES = slices().matching("io.rhc.(*)..").should().beFreeOfCycles()
      .as("Top-level packages are free of cycles");

  private ArchitectureRules() {}
}
