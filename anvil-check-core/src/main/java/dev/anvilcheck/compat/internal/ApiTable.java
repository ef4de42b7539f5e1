package dev.anvilcheck.compat.internal;

import dev.anvilcheck.python.PythonVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

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

    private final StdlibApiTable table;
    private final Set<String> members = new HashSet<>();
    private final Set<String> owners = new HashSet<>();
    private final Set<String> modules = new HashSet<>();
    private final Set<String> kwargOwners = new HashSet<>();
    private final Set<String> methods = new HashSet<>();
    private final java.util.Map<String, Entry> builtins = new java.util.HashMap<>();

    private ApiTable(StdlibApiTable table) {
        this.table = table;
        for (ApiEntry e : table.entries()) {
            String q = e.qualifiedName();
            switch (e.kind()) {
                case MODULE -> modules.add(q);
                case MEMBER -> {
                    members.add(q);
                    if (q.startsWith("builtins.") && q.indexOf('.', 9) < 0) {
                        String n = q.substring(9);
                        builtins.put(n, new Entry("member", "builtins", n, e.added(), e.removed(), e.inPython27(),
                                e.platformDependent()));
                    }
                    for (int i = q.indexOf('.'); i > 0; i = q.indexOf('.', i + 1)) {
                        owners.add(q.substring(0, i));
                    }
                }
                case METHOD -> methods.add(q);
                case KWARG -> kwargOwners.add(e.owner());
                default -> {
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

    private static Optional<Entry> entry(Optional<ApiEntry> e, String kind, String owner, String name) {
        return e.map(x -> new Entry(kind, owner, name, x.added(), x.removed(), x.inPython27(),
                x.platformDependent()));
    }

    /**
     * A module's row, when its availability changed over the versions.
     *
     * @param module the dotted module name
     * @return the row
     */
    public Optional<Entry> module(String module) {
        if (!modules.contains(module)) {
            return Optional.empty();
        }
        return entry(table.module(module), "module", "", module);
    }

    /**
     * A member's row.
     *
     * @param owner the module
     * @param name the member, dotted for class attributes
     * @return the row
     */
    public Optional<Entry> member(String owner, String name) {
        if (!owners.contains(owner) || !members.contains(owner + "." + name)) {
            return Optional.empty();
        }
        return entry(table.member(owner, name), "member", owner, name);
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
        if (!methods.contains(type + "." + name)) {
            return Optional.empty();
        }
        return entry(table.method(type, name), "method", type, name);
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
        return entry(table.kwarg(callable, name), "kwarg", callable, name);
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
        for (int i = parts.size() - 1; i >= 1; i--) {
            String owner = String.join(".", parts.subList(0, i));
            if (!owners.contains(owner)) {
                continue;
            }
            for (int j = parts.size(); j > i; j--) {
                Optional<Entry> e = member(owner, String.join(".", parts.subList(i, j)));
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        if (parts.size() >= 2 && parts.get(0).equals("builtins") && parts.size() >= 3) {
            Optional<Entry> e = method(parts.get(1), parts.get(2));
            if (e.isPresent()) {
                return e;
            }
        }
        for (int i = parts.size(); i > Math.max(knownPrefix, 0); i--) {
            Optional<Entry> e = module(String.join(".", parts.subList(0, i)));
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }
}
