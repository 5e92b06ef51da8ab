package io.rhc.cli;

import java.math.BigDecimal;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the JVM, initializes on a second thread what reading a spec needs and costs the main thread of a cold
 * JVM most: Jackson's shared mapper (the schema validator has it built through {@code JsonNode.toString()};
 * building it sets up the JDK's calendar locale data) and {@link BigDecimal} (whose static initializer
 * computes 5^65536 on JDK 25; Jackson's value nodes touch it). The JVM initializes a class once, on whichever
 * thread gets there first, while the other waits: meanwhile the main thread builds the command line and parses
 * the spec. 7 ms of a 165 ms compile on this project's 2-core machine; the native image has both in its heap.
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
  }
}
