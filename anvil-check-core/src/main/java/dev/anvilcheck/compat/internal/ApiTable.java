package dev.anvilcheck.compat.internal;

import dev.anvilcheck.python.PythonVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compatibility check's view of {@link StdlibApiTable}: rows with their owner, and resolution of dotted
 * chains to the most specific row. Immutable and thread-safe.
 */
public final class ApiTable {

    /**
     * One row: a module, a module member, a method of a builtin type, or a keyword argument.
     *
     * @param kind module, member, method or kwarg
     * @param owner the module, type or callable it belongs to (empty for modules)
     * @param name its name (dotted for class members: {@code Task.uncancel})
     * @param added the first Python 3 version that has it, when added during Python 3 (3.0 means "from the start")
     * @param removed the first Python 3 version without it, when removed
     * @param python2 whether Python 2.7 has it
     * @param platform whether it exists on some platforms only
     */
    public record Entry(String kind, String owner, String name, Optional<PythonVersion> added,
                        Optional<PythonVersion> removed, boolean python2, boolean platform) {

        /**
         * The symbol as users write it: {@code math.prod}, {@code str.removeprefix}, {@code asyncio}.
         *
         * @return the symbol
         */
        public String symbol() {
            if (kind.equals("kwarg")) {
                return (owner.startsWith("builtins.") ? owner.substring(9) : owner) + "(" + name + "=)";
            }
            if (owner.isEmpty()) {
                return name;
            }
            return owner.equals("builtins") ? name : owner + "." + name;
        }

        /**
         * The first Python 3 version that has it, if later than 3.0.
         *
         * @return the version
         */
        public Optional<PythonVersion> addedAfter30() {
            return added.filter(v -> v.atLeast(PythonVersion.of(3, 1)));
        }
    }

    private static final ApiTable INSTANCE = new ApiTable(StdlibApiTable.get());

    /** Rows by qualified name ({@code os.path.join}); a name may split into owner and member more than one way. */
    private final Map<String, Entry> modules = new HashMap<>();
    private final Set<String> kwargOwners = new HashSet<>();
    private final Map<String, Entry> kwargs = new HashMap<>();
    private final Set<String> kwargCallableNames = new HashSet<>();
    private final Map<String, Entry> methods = new HashMap<>();
    private final Map<String, Entry> builtins = new HashMap<>();
    private final Node root = new Node();

    private ApiTable(StdlibApiTable table) {
        for (ApiEntry e : table.entries()) {
            String q = e.qualifiedName();
            String kind = switch (e.kind()) {
                case MODULE -> "module";
                case MEMBER -> "member";
                case METHOD -> "method";
                case KWARG -> "kwarg";
            };
            Entry entry = new Entry(kind, e.owner(), e.name(), e.added(), e.removed(), e.inPython27(),
                    e.platformDependent());
            addToTree(e, entry);
            switch (e.kind()) {
                case MODULE -> modules.put(e.name(), entry);
                case MEMBER -> {
                    if (q.startsWith("builtins.") && q.indexOf('.', 9) < 0) {
                        builtins.put(e.name(), entry);
                    }
                }
                case METHOD -> methods.put(q, entry);
                case KWARG -> {
                    kwargOwners.add(e.owner());
                    kwargCallableNames.add(e.owner().substring(e.owner().lastIndexOf('.') + 1));
                    kwargs.put(q, entry);
                }
            }
        }
    }

    /**
     * The table from the class path.
     *
     * @return the shared instance
     */
    public static ApiTable get() {
        return INSTANCE;
    }

    /**
     * A module's row, when its availability changed over the versions.
     *
     * @param module the dotted module name
     * @return the row
     */
    public Optional<Entry> module(String module) {
        return Optional.ofNullable(modules.get(module));
    }

    /**
     * A member's row.
     *
     * @param owner the module
     * @param name the member, dotted for class attributes
     * @return the row
     */
    public Optional<Entry> member(String owner, String name) {
        Node o = root.find(owner);
        if (o == null || !o.owner) {
            return Optional.empty();
        }
        Node n = o.find(name);
        if (n != null) {
            int depth = owner.split("\\.", -1).length;
            for (Member m : n.members) {
                if (m.ownerDepth == depth) {
                    return Optional.of(m.entry);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A builtin function, class or constant ({@code anext}, {@code ExceptionGroup}, {@code unicode}).
     *
     * @param name the builtin's name
     * @return the row
     */
    public Optional<Entry> builtin(String name) {
        return Optional.ofNullable(builtins.get(name));
    }

    /**
     * A method of a builtin type.
     *
     * @param type the type ({@code str}, {@code int}, {@code dict}, ...)
     * @param name the method
     * @return the row
     */
    public Optional<Entry> method(String type, String name) {
        return Optional.ofNullable(methods.get(type + "." + name));
    }

    /**
     * A keyword argument of a callable.
     *
     * @param callable the callable's dotted name ({@code builtins.open}, {@code subprocess.run})
     * @param name the keyword
     * @return the row
     */
    public Optional<Entry> kwarg(String callable, String name) {
        if (!kwargOwners.contains(callable)) {
            return Optional.empty();
        }
        return Optional.ofNullable(kwargs.get(callable + "(" + name + ")"));
    }

    /**
     * Whether a callable with this last name ({@code run} for {@code subprocess.run}) has a dated keyword argument:
     * a cheap test before the callable's dotted name is built.
     *
     * @param lastName the callable's own name
     * @return {@code false} when no dated keyword argument belongs to a callable of that name
     */
    public boolean mayHaveKeywords(String lastName) {
        return kwargCallableNames.contains(lastName);
    }

    /**
     * Resolves a dotted chain ({@code collections.abc.Mapping}, {@code os.path.join}) to the most specific row: the
     * longest known owner prefix and, within it, the longest member; then a method of a builtin type
     * ({@code builtins.str.removeprefix}); failing that, the longest module prefix.
     *
     * <p>The chain is walked down a tree of names built once from the table, so no string is built or hashed
     * beyond the names themselves (which the parser shares within a file).
     *
     * @param parts the chain's names
     * @param knownPrefix how many leading names are already accounted for (an imported module is reported at its
     *                    import); module rows are only considered for longer prefixes
     * @return the row
     */
    public Optional<Entry> resolve(List<String> parts, int knownPrefix) {
        int size = parts.size();
        Node[] path = new Node[size + 1]; // path[i]: the node of the first i names, null past the tree
        path[0] = root;
        for (int i = 1; i <= size && path[i - 1] != null; i++) {
            path[i] = path[i - 1].children.get(parts.get(i - 1));
        }
        for (int i = size - 1; i >= 1; i--) {
            if (path[i] == null || !path[i].owner) {
                continue;
            }
            for (int j = size; j > i; j--) {
                if (path[j] != null) {
                    for (Member m : path[j].members) {
                        if (m.ownerDepth == i) {
                            return Optional.of(m.entry);
                        }
                    }
                }
            }
        }
        if (size >= 3 && path[3] != null && path[3].method != null && parts.get(0).equals("builtins")) {
            return Optional.of(path[3].method);
        }
        for (int i = size; i > Math.max(knownPrefix, 0); i--) {
            if (path[i] != null && path[i].module != null) {
                return Optional.of(path[i].module);
            }
        }
        return Optional.empty();
    }

    /** One dotted prefix of the table's names; built by the constructor, read-only after. */
    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        /** Whether some member's qualified name continues past this prefix (an owner to try). */
        boolean owner;
        /** Member rows whose qualified name is exactly this prefix, with how many names their owner has. */
        List<Member> members = List.of();
        Entry module;
        /** For {@code builtins.<type>.<name>}: the method row of {@code <type>.<name>}. */
        Entry method;

        /** The node of a dotted name below this one, or null where the tree has none. */
        Node find(String dotted) {
            Node n = this;
            int start = 0;
            while (n != null) {
                int end = dotted.indexOf('.', start);
                n = n.children.get(end < 0 ? dotted.substring(start) : dotted.substring(start, end));
                if (end < 0) {
                    return n;
                }
                start = end + 1;
            }
            return null;
        }

        Node at(String dotted) {
            Node n = this;
            int start = 0;
            while (true) {
                int end = dotted.indexOf('.', start);
                String name = end < 0 ? dotted.substring(start) : dotted.substring(start, end);
                n = n.children.computeIfAbsent(name, k -> new Node());
                if (end < 0) {
                    return n;
                }
                start = end + 1;
            }
        }
    }

    private record Member(int ownerDepth, Entry entry) {
    }

    private void addToTree(ApiEntry e, Entry entry) {
        switch (e.kind()) {
            case MODULE -> root.at(e.name()).module = entry;
            case METHOD -> root.at("builtins." + e.qualifiedName()).method = entry;
            case MEMBER -> {
                String q = e.qualifiedName();
                Node n = root.at(q);
                List<Member> rows = new ArrayList<>(n.members);
                rows.add(new Member(e.owner().split("\\.").length, entry));
                n.members = List.copyOf(rows);
                for (int i = q.indexOf('.'); i > 0; i = q.indexOf('.', i + 1)) {
                    root.at(q.substring(0, i)).owner = true;
                }
            }
            default -> {
            }
        }
    }
}
