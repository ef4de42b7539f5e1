package dev.anvilcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Lists the rules one module defines. Modules register an implementation through
 * {@code META-INF/services/dev.anvilcheck.RuleCatalog}; {@link #all()} gathers every rule on the class path,
 * for SARIF rule tables and the rules reference.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
public interface RuleCatalog {

    /**
     * The rules of this module, in code order.
     *
     * @return the rules
     */
    List<RuleId> rules();

    /**
     * Every rule of every catalog found by {@link ServiceLoader} on this class's loader, sorted by code.
     *
     * @return all rules
     */
    static List<RuleId> all() {
        List<RuleId> rules = new ArrayList<>();
        for (RuleCatalog catalog : ServiceLoader.load(RuleCatalog.class, RuleCatalog.class.getClassLoader())) {
            rules.addAll(catalog.rules());
        }
        rules.sort(Comparator.comparing(RuleId::code));
        return List.copyOf(rules);
    }
}
