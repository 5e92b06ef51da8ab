package io.rhc.target.compose;

import io.rhc.testkit.ExampleSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Named specs for table tests: every example, and the variants only this target's tests pin. */
final class Cases {
  /** The host files of the TLS variant; tests that run it put real files there or remap them. */
  static final String TLS_DIR = "/etc/redis-ha/tls";

  private static final ExampleSpec TLS = ExampleSpec.of("odoo-compose").set("spec.tls.enabled", true)
      .set("spec.tls.certificateFile", TLS_DIR + "/server.crt").set("spec.tls.keyFile", TLS_DIR + "/server.key")
      .set("spec.tls.caFile", TLS_DIR + "/ca.crt");

  /**
   * The odoo example with TLS from host files (dedicated sentinels, two proxies), mounted as compose secrets; and
   * without proxies, with servers that require client certificates (not generated yet for HAProxy's checks).
   */
  static final Map<String, ExampleSpec> VARIANTS = Map.of("odoo-compose+tls", TLS,
      "odoo-compose+tls-client-auth", TLS.set("spec.proxy.enabled", false).set("spec.tls.clientAuth", true));

  private Cases() {}

  /** Every example and variant, by name. */
  static List<String> names() {
    List<String> names = new ArrayList<>(ExampleSpec.names());
    names.addAll(VARIANTS.keySet());
    return names.stream().sorted().toList();
  }

  static ExampleSpec spec(String name) {
    return VARIANTS.containsKey(name) ? VARIANTS.get(name) : ExampleSpec.of(name);
  }

  /** Where a variant's reviewed output is; an example's is pinned by the examples module. */
  static Path golden(String variant) {
    return Path.of("src/test/resources/golden", variant);
  }
}
