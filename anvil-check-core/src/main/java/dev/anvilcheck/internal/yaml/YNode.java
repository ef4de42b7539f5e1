package dev.anvilcheck.internal.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML node with its position, detached from SnakeYAML so that validators work on plain data. Lines and
 * columns are 1-based code points.
 */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

    /** 1-based line of the node's start. */
    int line();

    /** 1-based column of the node's start. */
    int column();

    /** A short name of the node's YAML kind for messages. */
    String kindName();

    /** A mapping; keys are scalar text, in document order; duplicates already reported and dropped. */
    record YMap(int line, int column, Map<String, Entry> entries) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<YNode> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** One key of a mapping with the key's position. */
    record Entry(String key, int keyLine, int keyColumn, YNode value) {
    }

    /** A sequence. */
    record YSeq(int line, int column, List<YNode> items) implements YNode {
        public YSeq {
            items = List.copyOf(new ArrayList<>(items));
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A scalar with its resolved tag ({@code null}, {@code bool}, {@code int}, {@code float}, {@code str}).
     */
    record YScalar(int line, int column, String text, String tag) implements YNode {
        public boolean isNull() {
            return "null".equals(tag);
        }

        public boolean isString() {
            return "str".equals(tag);
        }

        public Optional<Boolean> asBoolean() {
            if (!"bool".equals(tag)) {
                return Optional.empty();
            }
            String t = text.toLowerCase(java.util.Locale.ROOT);
            return Optional.of(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
        }

        public Optional<Long> asLong() {
            if (!"int".equals(tag)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Long.parseLong(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        public Optional<Double> asDouble() {
            if (!"int".equals(tag) && !"float".equals(tag)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Double.parseDouble(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String kindName() {
            switch (tag) {
                case "null": return "null";
                case "bool": return "a boolean";
                case "int": return "an integer";
                case "float": return "a number";
                default: return "a string";
            }
        }
    }
}
