package dev.anvilcheck.schema.internal;

import dev.anvilcheck.Location;
import dev.anvilcheck.internal.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain YAML value (String, Long, Double, Boolean, List of Located, Map of Located) with where it is, when
 * known. Lets the extra objects be read the same way from a located YAML tree and from a plain map.
 *
 * @param value the value
 * @param location where it is
 */
record Located(Object value, Optional<Location> location) {

    static Located of(YNode n, String path) {
        Optional<Location> at = Optional.of(Location.at(path, n.line(), n.column()));
        if (n instanceof YNode.YMap) {
            Map<String, Located> m = new LinkedHashMap<>();
            for (YNode.Entry e : ((YNode.YMap) n).entries().values()) {
                m.put(e.key(), of(e.value(), path));
            }
            return new Located(m, at);
        }
        if (n instanceof YNode.YSeq) {
            List<Located> l = new ArrayList<>();
            for (YNode i : ((YNode.YSeq) n).items()) {
                l.add(of(i, path));
            }
            return new Located(l, at);
        }
        YNode.YScalar s = (YNode.YScalar) n;
        if (s.isNull()) {
            return new Located(null, at);
        }
        Object v = s.asBoolean().<Object>map(b -> b).or(() -> s.asLong().map(x -> x))
                .or(() -> "float".equals(s.tag()) ? s.asDouble().map(x -> x) : Optional.empty())
                .orElse(s.text());
        return new Located(v, at);
    }

    @SuppressWarnings("unchecked")
    static Located of(Object plain) {
        if (plain instanceof Map) {
            Map<String, Located> m = new LinkedHashMap<>();
            new java.util.TreeMap<>((Map<String, Object>) plain).forEach((k, v) -> m.put(k, of(v)));
            return new Located(m, Optional.empty());
        }
        if (plain instanceof List) {
            List<Located> l = new ArrayList<>();
            for (Object o : (List<Object>) plain) {
                l.add(of(o));
            }
            return new Located(l, Optional.empty());
        }
        return new Located(plain, Optional.empty());
    }

    @SuppressWarnings("unchecked")
    Optional<Map<String, Located>> map() {
        return value instanceof Map ? Optional.of((Map<String, Located>) value) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    Optional<List<Located>> list() {
        return value instanceof List ? Optional.of((List<Located>) value) : Optional.empty();
    }

    Optional<String> text() {
        return value instanceof String || value instanceof Long || value instanceof Double
                ? Optional.of(String.valueOf(value)) : Optional.empty();
    }
}
