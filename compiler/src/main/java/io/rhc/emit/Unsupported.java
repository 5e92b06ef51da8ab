package io.rhc.emit;

import io.rhc.path.SpecPath;

/**
 * A spec feature a target cannot express.
 *
 * @param code stable ID ({@code RHC5xxx})
 * @param path the spec setting concerned
 * @param summary what is lost
 * @param hint what to do instead
 */
public record Unsupported(String code, SpecPath path, String summary, String hint) {}
