package dev.anvilcheck.cli;

import dev.anvilcheck.Severity;
import dev.anvilcheck.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command shares (DESIGN section 11). */
public final class CommonOptions {

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Output format: text, json, sarif, junit, github, markdown, html (default: text).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "Exit 1 when a finding is at or above LEVEL: error, warning or never (default: error).")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--target", paramLabel = "V[-W]", converter = TargetConverter.class,
            description = "Python target of server and client code: a version (3.10) or a range (3.7-3.13).")
    String target;

    @Option(names = "--client-target", paramLabel = "V[-W]", converter = ClientTargetConverter.class, description = "Python target of client code alone.")
    String clientTarget;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file instead of the app's anvil-check.yaml.")
    Path config;

    @Option(names = "--exclude", paramLabel = "GLOB", converter = GlobConverter.class, description = "Skip paths matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME", description = "Deploy environment from anvil-check.yaml.")
    String env;

    @Option(names = "--no-color", description = "Never use colours.")
    boolean noColor;

    @Option(names = "--quiet", description = "Print nothing but the report (no progress).")
    boolean quiet;

    /** What makes the exit code 1. */
    enum FailOn {
        ERROR, WARNING, NEVER;

        boolean fails(Severity s) {
            switch (this) {
                case ERROR: return s == Severity.ERROR;
                case WARNING: return s != Severity.INFO;
                default: return false;
            }
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromName(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; use one of " + names()));
        }

        private static String names() {
            List<String> n = new ArrayList<>();
            for (ReportFormat f : ReportFormat.values()) {
                n.add(f.cliName());
            }
            return String.join(", ", n);
        }
    }

    /** A Python target: {@code 3.10} or a range {@code 3.7-3.13} (low end first); {@code 3.7-skulpt} for clients. */
    static class TargetConverter implements picocli.CommandLine.ITypeConverter<String> {
        boolean allowSkulpt() {
            return false;
        }

        @Override
        public String convert(String value) {
            if (!dev.anvilcheck.internal.config.CheckConfigValidator.isTarget(value, allowSkulpt())) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a Python target; "
                        + "write a version (3.10) or a range, lowest first (3.7-3.13)"
                        + (allowSkulpt() ? ", or 3.7-skulpt for the browser runtime" : ""));
            }
            return value.strip();
        }
    }

    /** A client target, which may also be {@code 3.7-skulpt} (Anvil's browser runtime). */
    static final class ClientTargetConverter extends TargetConverter {
        @Override
        boolean allowSkulpt() {
            return true;
        }
    }

    /** An exclude glob that compiles (an invalid one would otherwise match nothing, silently). */
    static final class GlobConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            java.util.Optional<String> problem = dev.anvilcheck.internal.project.Globs.problem(value);
            if (problem.isPresent()) {
                throw new picocli.CommandLine.TypeConversionException(problem.get());
            }
            return value;
        }
    }

    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown level '" + value + "'; use error, warning or never");
            }
        }
    }
}
