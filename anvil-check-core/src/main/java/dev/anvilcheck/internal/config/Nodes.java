package dev.anvilcheck.internal.config;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YNode.YMap;
import dev.anvilcheck.internal.yaml.YNode.YScalar;
import dev.anvilcheck.internal.yaml.YNode.YSeq;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed access to {@link YNode}s that records a finding for every value of the wrong type. */
final class Nodes {

    private final String path;
    private final List<Finding> findings;

    Nodes(String path, List<Finding> findings) {
        this.path = path;
        this.findings = findings;
    }

    String path() {
        return path;
    }

    Location at(YNode n) {
        return Location.at(path, n.line(), n.column());
    }

    Location at(YNode.Entry e) {
        return new Location(path, e.keyLine(), e.keyColumn(), e.keyLine(), e.keyColumn() + e.key().codePointCount(0,
                e.key().length()));
    }

    void add(Finding f) {
        findings.add(f);
    }

    void wrongType(String what, YNode n, String expected) {
        findings.add(Finding.of(ConfigRule.WRONG_TYPE, at(n),
                what + " must be " + expected + ", not " + n.kindName()));
    }

    /** A mapping, or empty (null values are empty silently when {@code nullable}). */
    Optional<YMap> map(String what, Optional<YNode> n, boolean nullable) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        YNode v = n.get();
        if (v instanceof YMap) {
            return Optional.of((YMap) v);
        }
        if (nullable && v instanceof YScalar && ((YScalar) v).isNull()) {
            return Optional.empty();
        }
        wrongType(what, v, "a mapping");
        return Optional.empty();
    }

    Optional<YSeq> seq(String what, Optional<YNode> n, boolean nullable) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        YNode v = n.get();
        if (v instanceof YSeq) {
            return Optional.of((YSeq) v);
        }
        if (nullable && v instanceof YScalar && ((YScalar) v).isNull()) {
            return Optional.empty();
        }
        wrongType(what, v, "a list");
        return Optional.empty();
    }

    /** A string; numbers and booleans are rejected, null is empty when nullable. */
    Optional<String> string(String what, Optional<YNode> n, boolean nullable) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        YNode v = n.get();
        if (v instanceof YScalar) {
            YScalar s = (YScalar) v;
            if (s.isString()) {
                return Optional.of(s.text());
            }
            if (s.isNull() && nullable) {
                return Optional.empty();
            }
        }
        wrongType(what, v, "a string");
        return Optional.empty();
    }

    /** Any scalar's text (for names that YAML may read as numbers). */
    Optional<String> scalarText(String what, Optional<YNode> n) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YScalar && !((YScalar) n.get()).isNull()) {
            return Optional.of(((YScalar) n.get()).text());
        }
        wrongType(what, n.get(), "a string");
        return Optional.empty();
    }

    Optional<Boolean> bool(String what, Optional<YNode> n, boolean nullable) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        YNode v = n.get();
        if (v instanceof YScalar) {
            YScalar s = (YScalar) v;
            if (s.asBoolean().isPresent()) {
                return s.asBoolean();
            }
            if (s.isNull() && nullable) {
                return Optional.empty();
            }
        }
        wrongType(what, v, "true or false");
        return Optional.empty();
    }

    Optional<Long> integer(String what, Optional<YNode> n, boolean nullable) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        YNode v = n.get();
        if (v instanceof YScalar) {
            YScalar s = (YScalar) v;
            if (s.asLong().isPresent()) {
                return s.asLong();
            }
            if (s.isNull() && nullable) {
                return Optional.empty();
            }
        }
        wrongType(what, v, "an integer");
        return Optional.empty();
    }

    /** Warns about keys not in {@code known}, with a suggestion. */
    void unknownKeys(String where, YMap map, Collection<String> known) {
        for (YNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                Optional<String> guess = Suggest.closest(e.key(), known);
                findings.add(Finding.of(ConfigRule.UNKNOWN_KEY, at(e),
                        "unknown key '" + e.key() + "' in " + where)
                        .withHint(guess.map(g -> "did you mean '" + g + "'?").orElse(null)));
            }
        }
    }

    /** Plain Java values of a node, for opaque configuration. */
    static Object plain(YNode n) {
        if (n instanceof YMap) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (YNode.Entry e : ((YMap) n).entries().values()) {
                Object v = plain(e.value());
                if (v != null) {
                    m.put(e.key(), v);
                }
            }
            return java.util.Collections.unmodifiableMap(m);
        }
        if (n instanceof YSeq) {
            List<Object> l = new ArrayList<>();
            for (YNode i : ((YSeq) n).items()) {
                Object v = plain(i);
                if (v != null) {
                    l.add(v);
                }
            }
            return java.util.Collections.unmodifiableList(l);
        }
        YScalar s = (YScalar) n;
        if (s.isNull()) {
            return null;
        }
        if (s.asBoolean().isPresent()) {
            return s.asBoolean().get();
        }
        if (s.asLong().isPresent()) {
            return s.asLong().get();
        }
        if ("float".equals(s.tag()) && s.asDouble().isPresent()) {
            return s.asDouble().get();
        }
        return s.text();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plainMap(Optional<YMap> n) {
        return n.map(m -> (Map<String, Object>) plain(m)).orElse(Map.of());
    }

    static Set<String> keys(YMap m) {
        return m.entries().keySet();
    }
}
