package dev.anvilcheck.compat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ApiTable#resolve} walks a tree of names; this pins it to the rule it implements, written here directly over
 * the table's rows with strings: the longest owner prefix and within it the longest member, then a builtin type's
 * method, then the longest module prefix beyond the known part. Every row's own name, extended and cut, is resolved
 * both ways.
 */
class ApiTableResolveTest {

    private static final ApiTable TABLE = ApiTable.get();

    @Test
    void theTreeAgreesWithTheRuleOnEveryRowsName() {
        Reference ref = new Reference(StdlibApiTable.get().entries());
        Set<String> chains = new TreeSet<>();
        for (ApiEntry e : StdlibApiTable.get().entries()) {
            String q = switch (e.kind()) {
                case MODULE -> e.name();
                case MEMBER -> e.qualifiedName();
                case METHOD -> "builtins." + e.qualifiedName();
                case KWARG -> null;
            };
            if (q == null) {
                continue;
            }
            chains.add(q);
            chains.add(q + ".__doc__");
            chains.add(q + ".x.y");
            int dot = q.lastIndexOf('.');
            if (dot > 0) {
                chains.add(q.substring(0, dot) + ".not_a_member");
            }
        }
        int found = 0;
        List<String> differences = new ArrayList<>();
        for (String c : chains) {
            List<String> parts = List.of(c.split("\\."));
            for (int known = 0; known <= Math.min(2, parts.size()); known++) {
                Optional<ApiTable.Entry> got = TABLE.resolve(parts, known);
                Optional<ApiTable.Entry> want = ref.resolve(parts, known);
                if (!got.equals(want)) {
                    differences.add(c + " known=" + known + ": tree " + got + ", rule " + want);
                }
                found += got.isPresent() ? 1 : 0;
            }
        }
        System.out.println("resolve: " + chains.size() + " chains, " + found + " resolved, " + differences.size()
                + " differences");
        assertThat(differences).isEmpty();
        assertThat(found).as("the comparison resolved real rows").isGreaterThan(chains.size());
    }

    @Test
    void everyMemberRowIsFoundByItsOwnerAndNameOnly() {
        int rows = 0;
        for (ApiEntry e : StdlibApiTable.get().entries()) {
            if (e.kind() != ApiKind.MEMBER) {
                continue;
            }
            rows++;
            assertThat(TABLE.member(e.owner(), e.name())).as(e.qualifiedName())
                    .hasValue(Reference.row("member", e));
            int dot = e.name().indexOf('.');
            if (dot > 0) { // the same dotted name split elsewhere is another question: os.path + join, not os + path.join
                String owner = e.owner() + "." + e.name().substring(0, dot);
                TABLE.member(owner, e.name().substring(dot + 1))
                        .ifPresent(x -> assertThat(x.owner()).isEqualTo(owner));
            }
        }
        assertThat(TABLE.member("math", "no_such_member")).isEmpty();
        assertThat(TABLE.member("no_such_module", "prod")).isEmpty();
        assertThat(rows).isGreaterThan(6000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            math.prod;                          1; math.prod
            os.path.join;                       1; ''
            collections.abc.Collection;         1; collections.abc.Collection
            collections.abc.Mapping;            1; collections.abc
            collections.abc.Mapping;            2; ''
            builtins.str.removeprefix;          2; str.removeprefix
            builtins.str.removeprefix.__doc__;  2; str.removeprefix
            importlib.metadata.version;         1; importlib.metadata
            importlib.metadata.Deprecated.x;    1; importlib.metadata.Deprecated
            asyncio.TaskGroup.create_task;      1; asyncio.TaskGroup
            math.not_a_member;                  1; ''
            no_such_module.x;                   1; ''
            """)
    void resolvesTheMostSpecificRow(String chain, int known, String symbol) {
        Optional<ApiTable.Entry> e = TABLE.resolve(List.of(chain.split("\\.")), known);
        assertThat(e.map(ApiTable.Entry::symbol).orElse("")).isEqualTo(symbol);
    }

    /** The resolution rule over plain string sets, as the table's rows state it. */
    private static final class Reference {
        final Set<String> owners = new HashSet<>();
        final Map<String, List<ApiEntry>> members = new HashMap<>();
        final Map<String, ApiEntry> modules = new HashMap<>();
        final Map<String, ApiEntry> methods = new HashMap<>();

        Reference(List<ApiEntry> entries) {
            for (ApiEntry e : entries) {
                switch (e.kind()) {
                    case MODULE -> modules.put(e.name(), e);
                    case METHOD -> methods.put(e.qualifiedName(), e);
                    case MEMBER -> {
                        members.computeIfAbsent(e.qualifiedName(), k -> new ArrayList<>()).add(e);
                        String q = e.qualifiedName();
                        for (int i = q.indexOf('.'); i > 0; i = q.indexOf('.', i + 1)) {
                            owners.add(q.substring(0, i));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        Optional<ApiTable.Entry> resolve(List<String> parts, int known) {
            for (int i = parts.size() - 1; i >= 1; i--) {
                String owner = String.join(".", parts.subList(0, i));
                if (!owners.contains(owner)) {
                    continue;
                }
                for (int j = parts.size(); j > i; j--) {
                    String name = String.join(".", parts.subList(i, j));
                    for (ApiEntry e : members.getOrDefault(owner + "." + name, List.of())) {
                        if (e.owner().equals(owner)) {
                            return Optional.of(row("member", e));
                        }
                    }
                }
            }
            if (parts.size() >= 3 && parts.get(0).equals("builtins")) {
                ApiEntry m = methods.get(parts.get(1) + "." + parts.get(2));
                if (m != null) {
                    return Optional.of(row("method", m));
                }
            }
            for (int i = parts.size(); i > Math.max(known, 0); i--) {
                ApiEntry m = modules.get(String.join(".", parts.subList(0, i)));
                if (m != null) {
                    return Optional.of(row("module", m));
                }
            }
            return Optional.empty();
        }

        static ApiTable.Entry row(String kind, ApiEntry e) {
            return new ApiTable.Entry(kind, e.owner(), e.name(), e.added(), e.removed(), e.inPython27(),
                    e.platformDependent());
        }
    }
}
