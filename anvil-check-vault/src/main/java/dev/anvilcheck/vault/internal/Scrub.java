package dev.anvilcheck.vault.internal;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns exceptions into short, safe text. The driver's {@code VaultException} messages embed whole response
 * bodies (which may hold secret values or, for lookup-self, the token), so no driver message is ever shown: the
 * text is built from the exception classes and from the JDK's own I/O message, cut at the first line break and at
 * any "body", with every known sensitive string redacted.
 */
public final class Scrub {

    private static final int MAX = 160;

    private Scrub() {
    }

    /**
     * A safe one-line description of a failure.
     *
     * @param t the failure
     * @param sensitive strings that must not appear (the token)
     * @return the text
     */
    public static String describe(Throwable t, Collection<String> sensitive) {
        Throwable io = rootIo(t);
        if (io instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (io instanceof SSLException) {
            return "TLS failure (" + io.getClass().getSimpleName() + ": " + line(io.getMessage(), sensitive) + ")";
        }
        if (io != null) {
            String msg = line(io.getMessage(), sensitive);
            return "I/O error (" + io.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg) + ")";
        }
        return "client error (" + t.getClass().getSimpleName() + ")";
    }

    /**
     * The deepest {@link IOException} in a cause chain, or null.
     *
     * @param t the failure
     * @return the I/O cause
     */
    public static IOException rootIo(Throwable t) {
        IOException found = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                found = (IOException) c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return found;
    }

    /**
     * One safe line of a message: the first line, nothing from "body" on, sensitive strings redacted, and at
     * most {@value #MAX} characters.
     *
     * @param message the message, may be null
     * @param sensitive strings to redact
     * @return the line
     */
    public static String line(String message, Collection<String> sensitive) {
        if (message == null) {
            return "";
        }
        String s = message;
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        int body = s.toLowerCase(Locale.ROOT).indexOf("body");
        if (body >= 0) {
            s = s.substring(0, body);
        }
        for (String secret : sensitive) {
            if (secret != null && !secret.isEmpty()) {
                s = s.replace(secret, "[redacted]");
            }
        }
        s = s.strip();
        return s.length() > MAX ? s.substring(0, MAX) + "..." : s;
    }
}
