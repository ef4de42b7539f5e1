package dev.anvilcheck.python.ast;

import java.math.BigInteger;

/**
 * The value of a {@link Expr.Constant}.
 *
 * <pre>{@code
 * if (c.value() instanceof ConstantValue.Str s) { String text = s.value(); }
 * }</pre>
 */
public sealed interface ConstantValue {

    /** {@code None}. */
    record None() implements ConstantValue {
    }

    /** {@code ...}. */
    record Ellipsis() implements ConstantValue {
    }

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements ConstantValue {
    }

    /** An integer of any size. */
    record Int(BigInteger value) implements ConstantValue {
    }

    /** A float. */
    record Float(double value) implements ConstantValue {
    }

    /** An imaginary number {@code 3j}. */
    record Complex(double imag) implements ConstantValue {
    }

    /**
     * A string. {@code surrogateEscapes} is true when escapes put surrogate code points in it: Python keeps
     * {@code "\ud83d\ude00"} as two code points, a Java string cannot tell them from one astral character.
     */
    record Str(String value, boolean surrogateEscapes) implements ConstantValue {

        /**
         * A string without escaped surrogates.
         *
         * @param value the text
         */
        public Str(String value) {
            this(value, false);
        }
    }

    /** A bytes literal, one char (0-255) per byte. */
    record Bytes(String latin1) implements ConstantValue {
    }
}
