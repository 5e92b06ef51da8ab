package io.rhc.drill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes that a superseded master acknowledged after its successor had begun acknowledging: the two were
 * taking writes at once, and whichever loses the election afterwards drops its share. A stale proxy that still
 * points at a demoted or paused master is not a split brain: that server refuses (or holds) the write.
 *
 * @param writes acknowledged writes of a superseded master, counted over every probe given
 * @param seconds from the first to the last such write (0 when there was at most one)
 * @param masters distinct masters (replication ids) that acknowledged any write
 */
record SplitBrain(int writes, double seconds, int masters) {
  static final SplitBrain NONE = new SplitBrain(0, 0, 0);

  static SplitBrain of(List<WriteProbe> probes) {
    List<WriteProbe.Attempt> acks = new ArrayList<>();
    probes.forEach(p -> acks.addAll(p.acks()));
    return ofAcks(acks);
  }

  /** From acknowledged writes of any number of clients, each naming the master that acknowledged it. */
  static SplitBrain ofAcks(List<WriteProbe.Attempt> acks) {
    List<WriteProbe.Attempt> superseded = superseded(acks);
    long first = superseded.stream().mapToLong(WriteProbe.Attempt::nanos).min().orElse(0);
    long last = superseded.stream().mapToLong(WriteProbe.Attempt::nanos).max().orElse(0);
    int writes = superseded.size();
    return new SplitBrain(writes, writes > 1 ? (last - first) / 1e9 : 0,
        (int) acks.stream().map(WriteProbe.Attempt::server).distinct().count());
  }

  /** The acknowledged writes of a master after another one had begun acknowledging. */
  static List<WriteProbe.Attempt> superseded(List<WriteProbe.Attempt> acks) {
    Map<String, Long> firstAck = new HashMap<>();
    acks.forEach(a -> firstAck.merge(a.server(), a.nanos(), Math::min));
    List<WriteProbe.Attempt> found = new ArrayList<>();
    for (WriteProbe.Attempt a : acks) {
      long mine = firstAck.get(a.server());
      if (firstAck.values().stream().anyMatch(other -> other > mine && other < a.nanos())) {
        found.add(a);
      }
    }
    return found;
  }
}
