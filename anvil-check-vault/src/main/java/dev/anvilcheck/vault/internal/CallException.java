package dev.anvilcheck.vault.internal;

/**
 * A Vault call that got no HTTP answer (I/O, timeout, TLS) or an answer the driver would not hand back. The
 * message is always safe to show (see {@link Scrub}).
 */
public final class CallException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * A failure.
     *
     * @param safeMessage a message with no body and no token
     * @param status the HTTP status, 0 when there was no answer
     */
    public CallException(String safeMessage, int status) {
        super(safeMessage, null, false, false);
        this.status = status;
    }

    /**
     * The HTTP status, or 0 when there was no HTTP answer.
     *
     * @return the status
     */
    public int status() {
        return status;
    }
}
