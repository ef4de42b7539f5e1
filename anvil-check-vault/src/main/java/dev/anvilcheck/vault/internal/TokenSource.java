package dev.anvilcheck.vault.internal;

import dev.anvilcheck.internal.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the Vault token comes from. It is resolved at each check, so a token file rotated by Vault Agent is read
 * afresh. {@link #toString()} and every message name the source, never the token.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class TokenSource {

    /** A token is a few hundred bytes; a bigger file is not a token file and is not read. */
    static final long MAX_TOKEN_FILE_BYTES = 64 * 1024;

    private TokenSource() {
    }

    /**
     * A token given directly.
     *
     * @param token the token
     * @return the source
     */
    public static TokenSource literal(String token) {
        Objects.requireNonNull(token, "token");
        return new TokenSource() {
            @Override
            public Token resolve() throws TokenException {
                return Token.of(token, "the configured token");
            }

            @Override
            public String toString() {
                return "a configured token";
            }
        };
    }

    /**
     * A token in an environment variable.
     *
     * @param name the variable
     * @param env how variables are looked up
     * @return the source
     */
    public static TokenSource environment(String name, Function<String, String> env) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(env, "env");
        return new TokenSource() {
            @Override
            public Token resolve() throws TokenException {
                return Token.of(env.apply(name), "environment variable " + name);
            }

            @Override
            public String toString() {
                return "environment variable " + name;
            }
        };
    }

    /**
     * A token in a file (such as a Vault Agent sink); surrounding white space is dropped.
     *
     * @param file the file
     * @return the source
     */
    public static TokenSource file(Path file) {
        Objects.requireNonNull(file, "file");
        return new TokenSource() {
            @Override
            public Token resolve() throws TokenException {
                String text;
                // checked before opening: a FIFO would block forever, /dev/zero would never end
                Optional<String> problem = SafeFiles.problem(file);
                if (problem.isPresent()) {
                    throw new TokenException("the token file " + file + " " + problem.get());
                }
                try {
                    if (Files.size(file) > MAX_TOKEN_FILE_BYTES) {
                        throw new TokenException("the token file " + file + " is larger than "
                                + (MAX_TOKEN_FILE_BYTES >> 10) + " KB and was not read");
                    }
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new TokenException("the token file " + file + " cannot be read ("
                            + e.getClass().getSimpleName() + ")");
                }
                return Token.of(text, "the token file " + file);
            }

            @Override
            public String toString() {
                return "token file " + file;
            }
        };
    }

    /**
     * Reads the token now.
     *
     * @return the token
     * @throws TokenException when there is none; the message never holds a token
     */
    public abstract Token resolve() throws TokenException;

    /** A Vault token. Its {@link #toString()} hides it. */
    public static final class Token {
        private final String value;

        private Token(String value) {
            this.value = value;
        }

        static Token of(String raw, String where) throws TokenException {
            if (raw == null || raw.isBlank()) {
                throw new TokenException(where + " is empty or not set");
            }
            String t = raw.strip();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < 0x21 || c > 0x7e) {
                    throw new TokenException(where + " holds characters a token cannot have");
                }
            }
            return new Token(t);
        }

        /**
         * The token, for the X-Vault-Token header only.
         *
         * @return the token
         */
        public String value() {
            return value;
        }

        @Override
        public String toString() {
            return "Token[redacted]";
        }
    }

    /** No token could be had; the message names where it was looked for. */
    public static final class TokenException extends Exception {
        private static final long serialVersionUID = 1L;

        TokenException(String message) {
            super(message);
        }
    }
}
