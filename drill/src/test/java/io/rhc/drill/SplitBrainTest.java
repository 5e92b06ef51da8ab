package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitBrainTest {
  private static final String OLD = "a".repeat(40);
  private static final String NEW = "b".repeat(40);

  @Test
  void aCleanSwitchHasNone() {
    assertEquals(new SplitBrain(0, 0, 2), SplitBrain.ofAcks(all(acks(OLD, 1, 2, 3), acks(NEW, 5, 6))));
  }

  @Test
  void writesTheOldMasterTookAfterTheNewOneStartedAreCounted() {
    SplitBrain split = SplitBrain.ofAcks(all(acks(OLD, 1, 2, 6, 7), acks(NEW, 5, 8)));
    assertEquals(2, split.writes());
    assertEquals(1.0, split.seconds(), 1e-9);
    assertEquals(2, split.masters());
  }

  @Test
  void aMasterThatReturnsAfterItsSuccessorIsASplitOnlyWhileBothTakeWrites() {
    String third = "c".repeat(40);
    assertEquals(0, SplitBrain.ofAcks(all(acks(OLD, 1), acks(NEW, 2, 3), acks(third, 4))).writes());
  }

  private static WriteProbe.Attempt[] attempts(String server, int... seconds) {
    WriteProbe.Attempt[] out = new WriteProbe.Attempt[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      out[i] = new WriteProbe.Attempt(i + 1, seconds[i] * 1_000_000_000L, true, server);
    }
    return out;
  }

  @SafeVarargs
  private static List<WriteProbe.Attempt> all(List<WriteProbe.Attempt>... clients) {
    return java.util.Arrays.stream(clients).flatMap(List::stream).toList();
  }

  private static List<WriteProbe.Attempt> acks(String server, int... seconds) {
    return List.of(attempts(server, seconds));
  }
}
