package io.rhc.target.compose;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.Target;
import io.rhc.emit.TlsSources;
import io.rhc.emit.Unsupported;
import io.rhc.emit.runtime.Peers;
import io.rhc.emit.runtime.RuntimeFiles;
import io.rhc.emit.runtime.RuntimeLayout;
import io.rhc.emit.runtime.TlsFiles;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The docker-compose target: one project directory with compose.yaml, the shared runtime files
 * in {@code config/} (bind-mounted read-only), haproxy.cfg in {@code haproxy/}, {@code .env.example}
 * and a README.
 *
 * <p>Co-located sentinels run in their data node's container, started by the same entrypoint
 * wrapper: a separate container with {@code network_mode: service:<node>} loses its network for
 * good when the node's container is re-created, while one container keeps the pair together as a
 * Kubernetes pod does (they live and die together) and the sentinel answers on the node's host name.
 */
public final class ComposeTarget implements Target {
  @Override
  public String id() {
    return "compose";
  }

  @Override
  public String description() {
    return "docker-compose project: one container per data node, sentinels, HAProxy, on one network";
  }

  @Override
  public List<Artifact> emit(Spec spec, EmitContext ctx) {
    Diagnostics diagnostics = ctx.diagnostics();
    Diagnostics found = new Diagnostics();
    ComposeRestartRule.check(spec, found);
    TlsSources.requireFiles(spec, "compose", found);
    io.rhc.emit.AclRefusal.check(spec, "compose", found);
    ComposeProject project = new ProjectBuilder(spec).build();
    ComposeCheck.check(project, found);
    found.all().forEach(diagnostics::add);
    if (found.hasErrors()) {
      return List.of();
    }
    ComposeLayout layout = new ComposeLayout(spec);
    Peers peers = new Peers(layout.nodes(), layout.sentinels(), layout.proxies());
    Optional<TlsFiles> tls = new ComposeSecrets(spec).tlsFiles();
    RuntimeLayout runtime = new RuntimeLayout(ComposeLayout.CONFIG_DIR, ComposeLayout.STATE_DIR, ComposeLayout.DATA_DIR,
        tls);
    List<Artifact> files = new ArrayList<>(ComposeFiles.render(spec, project));
    for (Artifact a : RuntimeFiles.configFiles(spec, peers, runtime)) {
      files.add(new Artifact("config/" + a.path(), a.content(), a.executable()));
    }
    if (spec.proxy().enabled()) {
      Artifact cfg = RuntimeFiles.haproxyConfig(spec, peers, tls.map(TlsFiles::ca));
      files.add(new Artifact("haproxy/" + cfg.path(), cfg.content(), cfg.executable()));
    }
    files.sort(Comparator.comparing(Artifact::path));
    return List.copyOf(files);
  }

  @Override
  public List<Unsupported> unsupported(Spec spec) {
    return ComposeUnsupported.of(spec);
  }
}
