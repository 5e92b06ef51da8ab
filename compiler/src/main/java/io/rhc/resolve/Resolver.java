package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.METADATA;

import io.rhc.diag.Diagnostics;
import io.rhc.model.ByteSize;
import io.rhc.model.DataClass;
import io.rhc.model.Engine;
import io.rhc.model.Memory;
import io.rhc.model.Metadata;
import io.rhc.model.Nodes;
import io.rhc.model.Persistence;
import io.rhc.model.Proxy;
import io.rhc.model.Replication;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Sentinel;
import io.rhc.model.Spec;
import io.rhc.parse.ParsedDocument;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stage 3: a schema-valid tree to the typed model, with defaults, computed values and cross-field
 * checks. Defaults come from the JSON Schema; values the schema cannot default are derived here,
 * and every leaf's origin is recorded for {@code rhc explain}. Cross-field problems are reported as
 * {@code RHC02xx} errors, all of them, not only the first.
 */
public final class Resolver {
  /** The resolved spec, or empty when a cross-field error (or an unreadable value) was reported. */
  public Optional<ResolvedSpec> resolve(ParsedDocument document, Diagnostics diagnostics) {
    Diagnostics found = new Diagnostics();
    SpecReader reader = new SpecReader(document.root(), SchemaDefaults.instance(), found);
    Spec spec = build(reader, found);
    diagnostics.addAll(found.all());
    return found.hasErrors() ? Optional.empty() : Optional.of(new ResolvedSpec(spec, reader.origins()));
  }

  private static Spec build(SpecReader reader, Diagnostics diagnostics) {
    Metadata metadata = metadata(reader);
    Engine engine = EngineResolver.resolve(reader);
    Nodes nodes = NodesResolver.resolve(reader, engine, diagnostics);
    engine = EngineResolver.withConfig(reader, engine, nodes, diagnostics);
    Sentinel sentinel = SentinelResolver.resolve(reader, metadata, engine, nodes, diagnostics);
    Proxy proxy = ProxyResolver.resolve(reader, diagnostics);
    List<DataClass> dataClasses = DataClassResolver.resolve(reader, diagnostics);
    Replication replication = MemoryResolver.replication(reader, nodes, sentinel.downAfter(),
        dataClasses.stream().anyMatch(DataClass::mustSurvive));
    ByteSize limit = MemoryResolver.limit(reader);
    Persistence persistence = PersistenceResolver.resolve(reader, limit);
    Memory memory = MemoryResolver.memory(reader, limit, nodes, replication, persistence, diagnostics);
    return new Spec(metadata, engine, nodes, sentinel, proxy, memory, replication, persistence,
        dataClasses,
        SecurityResolver.auth(reader, diagnostics),
        TlsResolver.tls(reader, diagnostics),
        OperationsResolver.monitoring(reader, diagnostics),
        OperationsResolver.backup(reader),
        OperationsResolver.placement(reader),
        OperationsResolver.networkPolicy(reader),
        TargetSettingsResolver.kubernetes(reader, metadata),
        TargetSettingsResolver.compose(reader, metadata),
        TargetSettingsResolver.systemd(reader, nodes.count(), sentinel.count(), proxy.enabled(), diagnostics),
        LintSettingsResolver.resolve(reader, diagnostics),
        DrillResolver.resolve(reader));
  }

  private static Metadata metadata(SpecReader reader) {
    TreeMap<String, String> labels = new TreeMap<>();
    for (String key : reader.keys(METADATA.at("labels"))) {
      labels.put(key, reader.text(METADATA.at("labels").at(key)));
    }
    if (labels.isEmpty()) {
      reader.count(METADATA.at("labels")); // records the empty map as a leaf
    }
    return new Metadata(reader.text(METADATA.at("name")), reader.text(METADATA.at("namespace")), labels);
  }
}
