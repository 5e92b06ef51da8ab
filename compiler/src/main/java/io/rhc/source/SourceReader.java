package io.rhc.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a spec file as UTF-8 text, refusing files too large to be a spec before reading them whole. */
public final class SourceReader {
  /** Largest spec accepted; real specs are a few KiB. */
  public static final int MAX_BYTES = 256 * 1024;

  private SourceReader() {}

  /** Outcome of reading: a file, or the reason it cannot be used as a spec. */
  public sealed interface Result {
    /** The file was read. */
    record Read(SourceFile file) implements Result {}

    /** The file is readable but not usable as a spec (too large, not UTF-8). */
    record Rejected(String code, String summary, String hint) implements Result {}
  }

  /**
   * Reads {@code path}, naming it {@code displayName} in diagnostics.
   *
   * @throws IOException when the file cannot be read at all (missing, a directory, no permission)
   */
  public static Result read(Path path, String displayName) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, displayName);
    }
  }

  /** Reads a spec from {@code in} (standard input, say) without closing it, naming it {@code displayName}. */
  public static Result read(InputStream in, String displayName) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return new Result.Rejected("RHC0001", "File is larger than " + MAX_BYTES / 1024 + " KiB",
          "A spec describes one cluster in a few KiB. Check that the right file was given.");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new Result.Read(new SourceFile(displayName, text));
    } catch (CharacterCodingException e) {
      return new Result.Rejected("RHC0008", "File is not valid UTF-8 text",
          "Save the spec as UTF-8.");
    }
  }
}
