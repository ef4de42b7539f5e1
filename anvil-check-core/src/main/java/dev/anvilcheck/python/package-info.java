/**
 * Python front end: {@link dev.anvilcheck.python.PythonParser} decodes, tokenizes and parses Python source (the
 * newest grammar, 3.15) into a {@link dev.anvilcheck.python.ParseResult} holding the syntax tree, the tokens, syntax
 * errors and version-gated constructs ({@link dev.anvilcheck.python.PythonFeature}).
 *
 * <pre>{@code
 * ParseResult r = PythonParser.parse(bytes, ParseOptions.defaults());
 * boolean runsOn37 = r.acceptedBy(PythonVersion.of(3, 7));
 * }</pre>
 *
 * <p>Everything here is immutable and thread-safe; nothing throws for bad input.
 */
package dev.anvilcheck.python;
