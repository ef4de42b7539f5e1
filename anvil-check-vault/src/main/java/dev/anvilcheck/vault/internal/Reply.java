package dev.anvilcheck.vault.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Vault HTTP answer: its status and its JSON body (a {@link MissingNode} when there was none, or it was not
 * JSON). Only structural answers are kept this way; a body with values is reduced to key names by the caller at
 * once.
 *
 * @param status the HTTP status
 * @param body the parsed body
 */
public record Reply(int status, JsonNode body) {
    /** Checks for nulls. */
    public Reply {
        Objects.requireNonNull(body, "body");
    }

    /**
     * Vault's {@code errors} array, if the body has one ({@code {"errors":[]}} for a plain not-found).
     *
     * @return the messages; empty when none
     */
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        body.path("errors").forEach(e -> out.add(e.asText()));
        return out;
    }

    /**
     * Whether the body is Vault's bare not-found, {@code {"errors":[]}}.
     *
     * @return true for an empty errors array
     */
    public boolean plainNotFound() {
        return body.path("errors").isArray() && body.path("errors").isEmpty();
    }

    /**
     * The {@code data} object (Vault wraps most answers in it).
     *
     * @return the data node, possibly missing
     */
    public JsonNode data() {
        return body.path("data");
    }
}
