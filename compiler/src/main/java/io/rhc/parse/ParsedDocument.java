package io.rhc.parse;

import io.rhc.source.SourceFile;
import io.rhc.source.SourceMap;
import tools.jackson.databind.JsonNode;

/**
 * Stage 1 output: the spec as a JSON tree plus where each node sits in the file.
 *
 * @param source the file
 * @param root the document as JSON (YAML 1.2 core scalars: only {@code true}/{@code false} are booleans)
 * @param sourceMap spans by spec path
 */
public record ParsedDocument(SourceFile source, JsonNode root, SourceMap sourceMap) {}
