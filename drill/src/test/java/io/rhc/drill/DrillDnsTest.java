package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillDnsTest {
  private static byte[] query(String name, int type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
    for (String label : name.split("\\.")) {
      out.write(label.length());
      out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(new byte[] {0, 0, (byte) type, 0, 1});
    return out.toByteArray();
  }

  @Test
  void answersTheAddressTheHostsFileHasNow(@TempDir Path dir) throws Exception {
    Path hosts = dir.resolve("hosts");
    Files.writeString(hosts, "127.0.0.1 localhost\n10.250.0.11 redis-1.lxd\n");
    Map<String, byte[]> names = DrillDns.names(hosts);
    byte[] reply = DrillDns.answer(ByteBuffer.wrap(query("Redis-1.lxd", 1)), names);
    assertEquals(0x12, reply[0]);
    assertEquals(1, reply[7], "one answer");
    assertArrayEquals(new byte[] {10, (byte) 250, 0, 11}, Arrays.copyOfRange(reply, reply.length - 4, reply.length));
    Files.writeString(hosts, "10.250.0.100 redis-1.lxd\n");
    byte[] moved = DrillDns.answer(ByteBuffer.wrap(query("redis-1.lxd", 1)), DrillDns.names(hosts));
    assertEquals(100, moved[moved.length - 1]);
  }

  @Test
  void unknownNamesAreNxdomainAndOtherTypesEmpty(@TempDir Path dir) throws Exception {
    Path hosts = dir.resolve("hosts");
    Files.writeString(hosts, "10.250.0.11 redis-1.lxd\n");
    byte[] unknown = DrillDns.answer(ByteBuffer.wrap(query("nowhere.lxd", 1)), DrillDns.names(hosts));
    assertEquals(3, unknown[3] & 0x0f);
    byte[] aaaa = DrillDns.answer(ByteBuffer.wrap(query("redis-1.lxd", 28)), DrillDns.names(hosts));
    assertEquals(0, aaaa[3] & 0x0f);
    assertEquals(0, aaaa[7], "no answer record");
  }
}
