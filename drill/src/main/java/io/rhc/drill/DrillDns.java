package io.rhc.drill;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * The drill network's DNS, standing in for the cluster DNS of a real deployment: A records from the
 * drill's hosts file, read again for every query (hosts move during {@code master-new-ip}), an empty
 * answer for other types of a known name, NXDOMAIN otherwise. HAProxy's {@code resolvers} section
 * re-resolves server names at run time and puts a server into maintenance once its resolver stops
 * answering, so a drill longer than HAProxy's hold periods needs one. Runs as its own process in the
 * client namespace ({@link #command}), UDP port 53, until killed.
 */
public final class DrillDns {
  /** The first argument that makes the native rhc executable run this server instead of its command line. */
  public static final String NATIVE_ARGUMENT = "--rhc-internal-drill-dns";
  private static final int TYPE_A = 1;

  private DrillDns() {}

  /**
   * The command that starts this server on {@code hosts}: a small JVM on this class path, or, in the native
   * executable (which has neither a java nor a class path), the executable itself with {@link #NATIVE_ARGUMENT}.
   */
  static List<String> command(Path hosts) throws IOException {
    if ("runtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode"))) {
      String self = ProcessHandle.current().info().command()
          .orElseThrow(() -> new IOException("cannot find the path of this rhc executable to start the drill DNS"));
      return List.of(self, NATIVE_ARGUMENT, hosts.toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        DrillDns.class.getName(), hosts.toString());
  }

  public static void main(String[] args) throws IOException {
    Path hosts = Path.of(args[0]);
    try (DatagramSocket socket = new DatagramSocket(53)) {
      byte[] buffer = new byte[1500];
      while (true) {
        DatagramPacket query = new DatagramPacket(buffer, buffer.length);
        socket.receive(query);
        byte[] reply = answer(ByteBuffer.wrap(buffer, 0, query.getLength()), names(hosts));
        if (reply != null) {
          socket.send(new DatagramPacket(reply, reply.length, query.getSocketAddress()));
        }
      }
    }
  }

  static Map<String, byte[]> names(Path hosts) throws IOException {
    Map<String, byte[]> names = new HashMap<>();
    for (String line : Files.readAllLines(hosts, StandardCharsets.UTF_8)) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 2 && !fields[0].startsWith("#")) {
        byte[] address = InetAddress.getByName(fields[0]).getAddress();
        for (int i = 1; i < fields.length; i++) {
          names.put(fields[i].toLowerCase(Locale.ROOT), address);
        }
      }
    }
    return names;
  }

  /** The reply to one query, or null for a packet that is not a single-question query. */
  static byte[] answer(ByteBuffer in, Map<String, byte[]> names) {
    if (in.remaining() < 12) {
      return null;
    }
    short id = in.getShort();
    short flags = in.getShort();
    if (in.getShort() != 1) {
      return null;
    }
    in.position(12);
    StringBuilder name = new StringBuilder();
    for (int len = in.get() & 0xff; len != 0; len = in.get() & 0xff) {
      if (len > 63 || in.remaining() < len + 1) {
        return null;
      }
      byte[] label = new byte[len];
      in.get(label);
      name.append(name.length() == 0 ? "" : ".").append(new String(label, StandardCharsets.US_ASCII));
    }
    if (in.remaining() < 4) {
      return null;
    }
    int type = in.getShort() & 0xffff;
    in.getShort();
    int questionEnd = in.position();
    byte[] address = names.get(name.toString().toLowerCase(Locale.ROOT));
    boolean answered = address != null && type == TYPE_A;
    ByteBuffer out = ByteBuffer.allocate(questionEnd + 16);
    out.putShort(id);
    int rcode = address == null ? 3 : 0;
    out.putShort((short) (0x8000 | 0x0400 | (flags & 0x0100) | 0x0080 | rcode));
    out.putShort((short) 1).putShort((short) (answered ? 1 : 0)).putShort((short) 0).putShort((short) 0);
    out.put(in.array(), in.arrayOffset() + 12, questionEnd - 12);
    if (answered) {
      out.putShort((short) 0xC00C).putShort((short) TYPE_A).putShort((short) 1).putInt(5).putShort((short) 4)
          .put(address);
    }
    byte[] reply = new byte[out.position()];
    out.flip().get(reply);
    return reply;
  }
}
