package io.rhc.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a client container that uses Redis as a queue broker, from the names its libraries read: Celery
 * ({@code CELERY_BROKER_URL}, {@code celery ... worker}), BullMQ ({@code BULL_*}), Sidekiq, RQ ({@code rq worker}).
 */
final class QueueClients {
  private QueueClients() {}

  /** The library and where it shows, from environment variable names and then command words. */
  static Optional<ContainerFacts.QueueClient> detect(String name, List<YamlNode> envNames, ContainerCommand command) {
    for (YamlNode env : envNames) {
      String entry = env.textOr("");
      String n = (entry.indexOf('=') >= 0 ? entry.substring(0, entry.indexOf('=')) : entry).toUpperCase(Locale.ROOT);
      String library = n.contains("CELERY") || n.endsWith("BROKER_URL") ? "celery"
          : n.contains("BULL") ? "bullmq" : n.contains("SIDEKIQ") ? "sidekiq" : n.startsWith("RQ_") ? "rq" : null;
      if (library != null) {
        return Optional.of(new ContainerFacts.QueueClient(dataClassName(name), library, env.located()));
      }
    }
    List<String> words = command.words().stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
    for (ContainerCommand.Word w : command.words()) {
      String t = w.text().toLowerCase(Locale.ROOT);
      String library = t.endsWith("celery") && words.contains("worker") ? "celery"
          : t.endsWith("sidekiq") ? "sidekiq" : t.endsWith("rq") && words.contains("worker") ? "rq" : null;
      if (library != null) {
        return Optional.of(new ContainerFacts.QueueClient(dataClassName(name), library, w.at()));
      }
    }
    return Optional.empty();
  }

  private static String dataClassName(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9_.:*-]", "-");
    return cleaned.isEmpty() ? "queue" : cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
  }
}
