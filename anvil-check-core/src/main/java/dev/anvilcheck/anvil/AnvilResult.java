package dev.anvilcheck.anvil;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code checkAnvil()} found: the findings of the {@link AnvilRule AX rules}, plus the app's server
 * functions and background tasks, the server calls and task launches with literal names, the forms, and the
 * server requirements.
 *
 * <pre>{@code
 * AnvilResult r = AnvilProject.load(path).checkAnvil().result(AnvilResult.class).orElseThrow();
 * r.serverFunctions().forEach(f -> System.out.println(f.name() + " at " + f.location()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings the findings, sorted
 * @param serverFunctions registered server functions and background tasks, in file order
 * @param calls server calls and task launches with a literal name, in file order
 * @param forms the app's forms
 * @param requirements the server requirements read, in file order
 */
public record AnvilResult(List<Finding> findings, List<ServerFunction> serverFunctions, List<ServerCall> calls,
                          List<Form> forms, List<Requirement> requirements) implements CheckResult {

    /** Copies and sorts. */
    public AnvilResult {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        findings = List.copyOf(sorted);
        serverFunctions = List.copyOf(serverFunctions);
        calls = List.copyOf(calls);
        forms = List.copyOf(forms);
        requirements = List.copyOf(requirements);
    }

    /**
     * The background tasks among {@link #serverFunctions()}.
     *
     * @return the tasks
     */
    public List<ServerFunction> tasks() {
        return serverFunctions.stream().filter(f -> f.kind() == ServerFunction.Kind.BACKGROUND_TASK).toList();
    }

    /**
     * A function registered in server code.
     *
     * @param name the name clients use
     * @param kind callable or background task
     * @param function the Python function's name
     * @param location the decorator or register call
     */
    public record ServerFunction(String name, Kind kind, String function, Location location) {
        /** Checks for nulls. */
        public ServerFunction {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(location, "location");
        }

        /** How a function is registered. */
        public enum Kind {
            /** {@code @anvil.server.callable}, {@code callable_as} or {@code register}. */
            CALLABLE,
            /** {@code @anvil.server.background_task}. */
            BACKGROUND_TASK
        }
    }

    /**
     * A server call or task launch with a literal name.
     *
     * @param name the name called
     * @param launch true for {@code launch_background_task}, false for {@code call}/{@code call_s}
     * @param from the code root of the calling file
     * @param resolved whether the app registers the name
     * @param location the name argument
     */
    public record ServerCall(String name, boolean launch, CodeRoot from, boolean resolved, Location location) {
        /** Checks for nulls. */
        public ServerCall {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A form of the app.
     *
     * @param name the dotted name relative to client_code ({@code Orders.Edit})
     * @param code the form's Python file
     * @param template its template file, when present
     */
    public record Form(String name, String code, Optional<String> template) {
        /** Checks for nulls. */
        public Form {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(template, "template");
        }
    }

    /**
     * A server requirement.
     *
     * @param name the project name, empty for a URL without one
     * @param text the requirement as written, options removed
     * @param pinned the exact version when pinned with {@code ==}
     * @param active whether its marker holds for the server (true without a marker)
     * @param location the line
     */
    public record Requirement(Optional<String> name, String text, Optional<String> pinned, boolean active,
                              Location location) {
        /** Checks for nulls. */
        public Requirement {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(pinned, "pinned");
            Objects.requireNonNull(location, "location");
        }
    }
}
