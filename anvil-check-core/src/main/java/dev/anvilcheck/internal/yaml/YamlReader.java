package dev.anvilcheck.internal.yaml;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.internal.io.SafeFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML file into {@link YNode}s with hard limits, turning every problem into a finding: size, binary
 * content, encoding, syntax (with line:column, never the source snippet, which may hold a secret), duplicate keys,
 * alias bombs and depth.
 */
public final class YamlReader {

    /** Largest file read at all; Anvil's largest real anvil.yaml is about 60 KB. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    /** Nodes visited after alias expansion. */
    static final int MAX_NODES = 500_000;
    static final int MAX_ALIASES = 100;
    static final int MAX_DEPTH = 100;

    /** What was read: the root when the document could be read, and the findings. */
    public record Read(Optional<YNode> root, List<Finding> findings) {
    }

    private final String relPath;
    private final List<Finding> findings = new ArrayList<>();
    private int nodes;

    private YamlReader(String relPath) {
        this.relPath = relPath;
    }

    /**
     * Reads the file at {@code file}, naming it {@code relPath} in findings.
     *
     * @param file the file
     * @param relPath its project-relative path
     * @return the document and findings
     * @throws IOException when the file cannot be read at all; a path that is not a regular file (a FIFO, a device,
     *     a folder, a dangling link) is never opened and gives a {@link SafeFiles.NotReadableException} saying why
     */
    public static Read read(Path file, String relPath) throws IOException {
        Optional<String> problem = SafeFiles.problem(file);
        if (problem.isPresent()) {
            throw new SafeFiles.NotReadableException(problem.get());
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return new Read(Optional.empty(), List.of(Finding.of(ConfigRule.YAML_LIMIT, Location.file(relPath),
                    relPath + " is " + (size / (1024 * 1024)) + " MB; files over " + (MAX_BYTES / (1024 * 1024))
                            + " MB are not read")));
        }
        byte[] bytes;
        try {
            bytes = SafeFiles.readBytes(file, MAX_BYTES);
        } catch (SafeFiles.NotReadableException e) {
            // grew past the limit since the size was taken
            return new Read(Optional.empty(), List.of(Finding.of(ConfigRule.YAML_LIMIT, Location.file(relPath),
                    relPath + " " + e.getMessage())));
        }
        return parse(bytes, relPath);
    }

    /**
     * Parses YAML bytes.
     *
     * @param bytes the content
     * @param relPath the path used in findings
     * @return the document and findings
     */
    public static Read parse(byte[] bytes, String relPath) {
        YamlReader r = new YamlReader(relPath);
        Optional<YNode> root = r.doParse(bytes);
        return new Read(root, List.copyOf(r.findings));
    }

    /** Where collections first nest deeper than {@link #MAX_DEPTH}: the composer's exception has no mark. */
    private static Optional<Mark> tooDeep(String text, LoaderOptions options) {
        int depth = 0;
        try {
            for (org.yaml.snakeyaml.events.Event e : new Yaml(options).parse(new StringReader(text))) {
                if (e instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
                    if (++depth > MAX_DEPTH) {
                        return Optional.ofNullable(e.getStartMark());
                    }
                } else if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a syntax error after the deep part: no place to give
        }
        return Optional.empty();
    }

    private Optional<YNode> doParse(byte[] bytes) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            int[] lc = lineCol(bytes, nul);
            findings.add(Finding.of(ConfigRule.YAML_NOT_TEXT, Location.at(relPath, lc[0], lc[1]),
                    relPath + " is not a text file (NUL byte at offset " + nul + ")"));
            return Optional.empty();
        }
        String text;
        try {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int offset = badOffset(bytes);
            int[] lc = lineCol(bytes, offset);
            findings.add(Finding.of(ConfigRule.YAML_NOT_TEXT, Location.at(relPath, lc[0], lc[1]),
                    relPath + " is not valid UTF-8 (invalid byte 0x"
                            + String.format("%02x", bytes[offset] & 0xff) + " at offset " + offset + ")")
                    .withHint("save the file as UTF-8"));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            findings.add(Finding.of(ConfigRule.YAML_NOT_TEXT, Location.file(relPath),
                    relPath + " is not valid UTF-8"));
            return Optional.empty();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both places
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            if (e.getContext() != null && !problem.contains(e.getContext())) {
                problem = e.getContext() + ": " + problem;
            }
            Location at = mark == null ? Location.file(relPath)
                    : Location.at(relPath, mark.getLine() + 1, mark.getColumn() + 1);
            String hint = problem.contains("(TAB)") || problem.contains("'\\t'") ? "indent with spaces: YAML does not allow tabs" : null;
            findings.add(Finding.of(ConfigRule.YAML_SYNTAX, at, "YAML syntax error: " + clean(problem))
                    .withHint(hint));
            return Optional.empty();
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            String lower = msg.toLowerCase(java.util.Locale.ROOT);
            boolean limit = lower.contains("aliases") || lower.contains("limit") || lower.contains("depth");
            Location at = lower.contains("nesting depth") ? tooDeep(text, options).map(m -> Location.at(relPath,
                    m.getLine() + 1, m.getColumn() + 1)).orElse(Location.file(relPath)) : Location.file(relPath);
            findings.add(Finding.of(limit ? ConfigRule.YAML_LIMIT : ConfigRule.YAML_SYNTAX, at,
                    (limit ? "YAML too large or too deep: " : "YAML syntax error: ") + clean(firstLine(msg))));
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(Finding.of(ConfigRule.YAML_LIMIT, Location.file(relPath),
                    "YAML could not be read: nesting or size beyond the reader's limits"));
            return Optional.empty();
        }
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(convert(node, 0));
        } catch (LimitException e) {
            findings.add(Finding.of(ConfigRule.YAML_LIMIT, Location.file(relPath), e.getMessage())
                    .withHint("anvil.yaml written by Anvil has no anchors or aliases; expand or remove them"));
            return Optional.empty();
        }
    }

    private static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message, null, false, false);
        }
    }

    private YNode convert(Node node, int depth) {
        if (++nodes > MAX_NODES) {
            throw new LimitException("YAML expands to more than " + MAX_NODES + " nodes (alias bomb?)");
        }
        if (depth > MAX_DEPTH) {
            throw new LimitException("YAML nested deeper than " + MAX_DEPTH + " levels");
        }
        int line = node.getStartMark().getLine() + 1;
        int col = node.getStartMark().getColumn() + 1;
        if (node instanceof MappingNode) {
            MappingNode m = (MappingNode) node;
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                int kl = k.getStartMark().getLine() + 1;
                int kc = k.getStartMark().getColumn() + 1;
                String key;
                if (k instanceof ScalarNode) {
                    key = ((ScalarNode) k).getValue();
                } else {
                    findings.add(Finding.of(ConfigRule.WRONG_TYPE, Location.at(relPath, kl, kc),
                            "a mapping key must be a plain value, not a " + (k instanceof MappingNode
                                    ? "mapping" : "list")));
                    continue;
                }
                YNode.Entry previous = entries.get(key);
                if (previous != null) {
                    findings.add(Finding.of(ConfigRule.DUPLICATE_KEY, Location.at(relPath, kl, kc),
                            "duplicate key '" + key + "' (first at line " + previous.keyLine() + ")")
                            .withHint("YAML keeps only one of them; remove or merge the other"));
                    continue;
                }
                entries.put(key, new YNode.Entry(key, kl, kc, convert(t.getValueNode(), depth + 1)));
            }
            return new YNode.YMap(line, col, entries);
        }
        if (node instanceof SequenceNode) {
            List<YNode> items = new ArrayList<>();
            for (Node child : ((SequenceNode) node).getValue()) {
                items.add(convert(child, depth + 1));
            }
            return new YNode.YSeq(line, col, items);
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        String t;
        if (Tag.NULL.equals(tag)) {
            t = "null";
        } else if (Tag.BOOL.equals(tag)) {
            t = "bool";
        } else if (Tag.INT.equals(tag)) {
            t = "int";
        } else if (Tag.FLOAT.equals(tag)) {
            t = "float";
        } else {
            t = "str";
        }
        return new YNode.YScalar(line, col, s.getValue(), t);
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int badOffset(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        return r.isError() ? in.position() : 0;
    }

    /** Line and code-point column (1-based) of a byte offset in UTF-8-ish bytes. */
    private static int[] lineCol(byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
