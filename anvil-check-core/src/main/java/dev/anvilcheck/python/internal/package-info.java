/**
 * Implementation of the Python front end (decoder, lexer, parser, compile-time checks, CPython-format AST dumper).
 * Internal: no compatibility guarantees.
 */
package dev.anvilcheck.python.internal;
