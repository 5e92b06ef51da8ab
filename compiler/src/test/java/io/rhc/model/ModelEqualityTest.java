package io.rhc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model values whose equals and hashCode are written out compare every component, as a record's would. */
class ModelEqualityTest {
  @Test
  void engineVersion() {
    assertValue(new EngineVersion(7, 2, 4), new EngineVersion(7, 2, 4),
        new EngineVersion(8, 2, 4), new EngineVersion(7, 4, 4), new EngineVersion(7, 2, 5));
  }

  @Test
  void byteSize() {
    assertValue(ByteSize.ofMiB(64), new ByteSize(64 * ByteSize.MIB), ByteSize.ofMiB(65));
  }

  @Test
  void savePoint() {
    SavePoint point = new SavePoint(Duration.ofSeconds(900), 1);
    assertValue(point, new SavePoint(Duration.ofMinutes(15), 1),
        new SavePoint(Duration.ofSeconds(300), 1), new SavePoint(Duration.ofSeconds(900), 10));
  }

  @Test
  void rdb() {
    List<SavePoint> points = List.of(new SavePoint(Duration.ofSeconds(900), 1));
    assertValue(new Rdb(true, points), new Rdb(true, List.of(new SavePoint(Duration.ofSeconds(900), 1))),
        new Rdb(false, points), new Rdb(true, List.of()));
  }

  @Test
  void aof() {
    ByteSize size = ByteSize.ofMiB(64);
    assertValue(new Aof(true, Fsync.EVERYSEC, 100, size), new Aof(true, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64)),
        new Aof(false, Fsync.EVERYSEC, 100, size), new Aof(true, Fsync.ALWAYS, 100, size),
        new Aof(true, Fsync.EVERYSEC, 50, size), new Aof(true, Fsync.EVERYSEC, 100, ByteSize.ofMiB(32)));
  }

  /** {@code value} equals {@code same} with the same hash code, and differs from each of {@code others}. */
  private static void assertValue(Object value, Object same, Object... others) {
    assertEquals(value, same);
    assertEquals(value.hashCode(), same.hashCode());
    assertNotEquals(value, null);
    assertNotEquals(value, "not a model value");
    for (Object other : others) {
      assertNotEquals(value, other);
      assertNotEquals(other, value);
    }
  }
}
