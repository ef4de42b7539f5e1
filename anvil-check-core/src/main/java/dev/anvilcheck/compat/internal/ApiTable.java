package dev.anvilcheck.compat.internal;

import dev.anvilcheck.python.PythonVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generated standard-library availability table ({@code dev/anvilcheck/compat/stdlib-api.tsv}, built by
 * {@code tools/api-table/build.py}) as lookup maps. Loaded once; immutable and thread-safe.
 */
public final class ApiTable {

    /** The resource holding the table. */
    public static final String RESOURCE = "/dev/anvilcheck/compat/stdlib-api.tsv";

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
                return owner + "(" + name + "=)";
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

    private static final ApiTable INSTANCE = load();

    private final Map<String, Entry> modules;
    private final Map<String, Map<String, Entry>> members;
    private final Map<String, Map<String, Entry>> methods;
    private final Map<String, Map<String, Entry>> kwargs;

    private ApiTable(Map<String, Entry> modules, Map<String, Map<String, Entry>> members,
            Map<String, Map<String, Entry>> methods, Map<String, Map<String, Entry>> kwargs) {
        this.modules = modules;
        this.members = members;
        this.methods = methods;
        this.kwargs = kwargs;
    }

    /**
     * The table from the class path.
     *
     * @return the shared instance
     */
    public static ApiTable get() {
        return INSTANCE;
    }

    private static ApiTable load() {
        Map<String, Entry> modules = new HashMap<>();
        Map<String, Map<String, Entry>> members = new HashMap<>();
        Map<String, Map<String, Entry>> methods = new HashMap<>();
        Map<String, Map<String, Entry>> kwargs = new HashMap<>();
        try (InputStream in = ApiTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 7) {
                    continue;
                }
                Entry e = new Entry(c[0], c[1], c[2], PythonVersion.tryParse(c[3]), PythonVersion.tryParse(c[4]),
                        c[5].equals("yes"), c[6].equals("yes"));
                switch (e.kind()) {
                    case "module" -> modules.put(e.name(), e);
                    case "member" -> members.computeIfAbsent(e.owner(), k -> new HashMap<>()).put(e.name(), e);
                    case "method" -> methods.computeIfAbsent(e.owner(), k -> new HashMap<>()).put(e.name(), e);
                    case "kwarg" -> kwargs.computeIfAbsent(e.owner(), k -> new HashMap<>()).put(e.name(), e);
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiTable(Map.copyOf(modules), Map.copyOf(members), Map.copyOf(methods), Map.copyOf(kwargs));
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
        Map<String, Entry> m = members.get(owner);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(name));
    }

    /**
     * A method of a builtin type.
     *
     * @param type the type ({@code str}, {@code int}, {@code dict}, ...)
     * @param name the method
     * @return the row
     */
    public Optional<Entry> method(String type, String name) {
        Map<String, Entry> m = methods.get(type);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(name));
    }

    /**
     * A keyword argument of a callable.
     *
     * @param callable the callable's dotted name ({@code builtins.open}, {@code subprocess.run})
     * @param name the keyword
     * @return the row
     */
    public Optional<Entry> kwarg(String callable, String name) {
        Map<String, Entry> m = kwargs.get(callable);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(name));
    }

    /**
     * Whether a module or member table knows this owner.
     *
     * @param owner a dotted name
     * @return true when members of it are listed
     */
    public boolean isOwner(String owner) {
        return members.containsKey(owner);
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
            Map<String, Entry> m = members.get(owner);
            if (m == null) {
                continue;
            }
            for (int j = parts.size(); j > i; j--) {
                Entry e = m.get(String.join(".", parts.subList(i, j)));
                if (e != null) {
                    return Optional.of(e);
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
            Entry e = modules.get(String.join(".", parts.subList(0, i)));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
