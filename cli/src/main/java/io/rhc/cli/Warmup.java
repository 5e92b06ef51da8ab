package io.rhc.cli;

import io.rhc.validate.SchemaValidator;
import java.math.BigDecimal;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the JVM, prepares on a second thread what validating a spec needs and does not depend on the spec, while
 * the main thread builds the command line, loads the rules and targets and parses the spec: {@link BigDecimal}
 * (whose static initializer computes 5^65536 on JDK 25; Jackson's parser touches it), Jackson's shared mapper
 * (the schema validator has it built through {@code JsonNode.toString()}) and the compiled schema. The JVM
 * initializes a class once, on whichever thread gets there first, while the other waits. The native image has
 * all three in its heap.
 */
final class Warmup {
  private Warmup() {}

  static void start() {
    Thread thread = new Thread(Warmup::run, "rhc-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    BigDecimal.ONE.signum();
    JsonMapper.shared();
    SchemaValidator.prepare();
  }
}
