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
    private final Map<String, List<Entry>> members = new HashMap<>();
    private final Set<String> owners = new HashSet<>();
    private final Map<String, Entry> modules = new HashMap<>();
    private final Set<String> kwargOwners = new HashSet<>();
    private final Map<String, Entry> kwargs = new HashMap<>();
    private final Map<String, Entry> methods = new HashMap<>();
    private final Map<String, Entry> builtins = new HashMap<>();
    /** Answers of {@link #resolve(String, int)}: code bases use the same chains in file after file. */
    private final Map<String, Optional<Entry>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RESOLVED_LIMIT = 50_000;

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
            switch (e.kind()) {
                case MODULE -> modules.put(e.name(), entry);
                case MEMBER -> {
                    members.computeIfAbsent(q, k -> new ArrayList<>(1)).add(entry);
                    if (q.startsWith("builtins.") && q.indexOf('.', 9) < 0) {
                        builtins.put(e.name(), entry);
                    }
                    for (int i = q.indexOf('.'); i > 0; i = q.indexOf('.', i + 1)) {
                        owners.add(q.substring(0, i));
                    }
                }
                case METHOD -> methods.put(q, entry);
                case KWARG -> {
                    kwargOwners.add(e.owner());
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
        if (!owners.contains(owner)) {
            return Optional.empty();
        }
        return member(owner + "." + name, owner.length());
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
     * Resolves a dotted chain ({@code collections.abc.Mapping}, {@code os.path.join}) to the most specific row: the
     * longest known owner prefix and, within it, the longest member; failing that, the longest module prefix.
     *
     * @param parts the chain's names
     * @param knownPrefix how many leading names are already accounted for (an imported module is reported at its
     *                    import); module rows are only considered for longer prefixes
     * @return the row
     */
    public Optional<Entry> resolve(List<String> parts, int knownPrefix) {
        return resolve(String.join(".", parts), knownPrefix);
    }

    /**
     * {@link #resolve(List, int)} for a chain already joined with dots: the owners and members tried are prefixes of
     * it, so no other string is built.
     *
     * @param dotted the chain, e.g. {@code os.path.join}
     * @param knownPrefix how many leading names are already accounted for
     * @return the row
     */
    public Optional<Entry> resolve(String dotted, int knownPrefix) {
        String key = knownPrefix == 2 ? dotted : dotted + '\u0000' + knownPrefix;
        Optional<Entry> e = resolved.get(key);
        if (e == null) {
            if (resolved.size() >= RESOLVED_LIMIT) {
                resolved.clear(); // bounded: a huge code base must not grow it without end
            }
            e = resolveUncached(dotted, knownPrefix);
            resolved.put(key, e);
        }
        return e;
    }

    private Optional<Entry> resolveUncached(String dotted, int knownPrefix) {
        int size = 1;
        for (int i = dotted.indexOf('.'); i >= 0; i = dotted.indexOf('.', i + 1)) {
            size++;
        }
        int[] ends = new int[size + 1]; // ends[i]: end of the prefix made of the first i names
        int k = 1;
        for (int i = dotted.indexOf('.'); i >= 0; i = dotted.indexOf('.', i + 1)) {
            ends[k++] = i;
        }
        ends[size] = dotted.length();
        for (int i = size - 1; i >= 1; i--) {
            if (!owners.contains(dotted.substring(0, ends[i]))) {
                continue;
            }
            for (int j = size; j > i; j--) {
                Optional<Entry> e = member(dotted.substring(0, ends[j]), ends[i]);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        if (size >= 3 && dotted.startsWith("builtins.")) {
            Optional<Entry> e = Optional.ofNullable(methods.get(dotted.substring(ends[1] + 1, ends[3])));
            if (e.isPresent()) {
                return e;
            }
        }
        for (int i = size; i > Math.max(knownPrefix, 0); i--) {
            Entry e = modules.get(dotted.substring(0, ends[i]));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The member row named {@code qualified} whose owner is its first {@code ownerLength} characters. */
    private Optional<Entry> member(String qualified, int ownerLength) {
        List<Entry> rows = members.get(qualified);
        if (rows != null) {
            for (Entry e : rows) {
                if (e.owner().length() == ownerLength) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
