package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.ProjectLoadException;
import dev.anvilcheck.Severity;
import dev.anvilcheck.assertj.AnvilProjectTest;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.WritableAssertionInfo;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link AnvilProjectTest}: loads the project once per annotated element, resolves
 * {@code AnvilProject} and {@code CheckRun} parameters, and fails each test on findings at or above
 * {@code failOn}. Thread-safe: what it keeps lives in JUnit's extension stores.
 */
public final class AnvilProjectExtension implements ParameterResolver, BeforeEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AnvilProjectExtension.class);

    /** A loaded project with its checks. */
    private record Loaded(AnvilProject project, CheckRun run) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AnvilProject.class || type == CheckRun.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Loaded loaded = loaded(context).orElseThrow(() -> new ParameterResolutionException(
                "no @AnvilProjectTest on " + context.getDisplayName() + " or its class"));
        return parameter.getParameter().getType() == AnvilProject.class ? loaded.project() : loaded.run();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<AnvilProjectTest> annotation = annotation(context);
        if (annotation.isEmpty() || annotation.get().failOn() == AnvilProjectTest.FailOn.NEVER) {
            return;
        }
        Severity threshold = Severity.valueOf(annotation.get().failOn().name());
        Loaded loaded = loaded(context).orElseThrow();
        List<dev.anvilcheck.Finding> findings = loaded.run().findings();
        WritableAssertionInfo info = new WritableAssertionInfo();
        info.description("@AnvilProjectTest(failOn = %s)", annotation.get().failOn());
        FindingChecks.noFindingsAtOrAbove(info, "the Anvil project " + loaded.project().root(), findings,
                threshold);
    }

    private static Optional<AnvilProjectTest> annotation(ExtensionContext context) {
        Optional<AnvilProjectTest> onMethod = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, AnvilProjectTest.class));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        return context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, AnvilProjectTest.class));
    }

    private static Optional<Loaded> loaded(ExtensionContext context) {
        Optional<AnvilProjectTest> annotation = annotation(context);
        if (annotation.isEmpty()) {
            return Optional.empty();
        }
        AnnotatedElement owner = context.getTestMethod()
                .filter(m -> AnnotationSupport.isAnnotated(m, AnvilProjectTest.class))
                .map(m -> (AnnotatedElement) m)
                .orElseGet(() -> context.getRequiredTestClass());
        // one load per annotated element and path, shared by the tests below it
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        String key = owner + "|" + annotation.get().value();
        Class<?> testClass = context.getRequiredTestClass();
        return Optional.of(store.getOrComputeIfAbsent(key, k -> load(annotation.get().value(), testClass),
                Loaded.class));
    }

    private static Loaded load(String value, Class<?> testClass) {
        Path path = resolve(value, testClass);
        try {
            AnvilProject project = AnvilProject.load(path);
            return new Loaded(project, project.checkAll());
        } catch (ProjectLoadException e) {
            throw new ExtensionConfigurationException("@AnvilProjectTest(\"" + value + "\"): " + e.getMessage(), e);
        }
    }

    private static Path resolve(String value, Class<?> testClass) {
        Path direct = Path.of(value);
        if (Files.isDirectory(direct)) {
            return direct;
        }
        String resource = value.startsWith("/") ? value.substring(1) : value;
        URL url = testClass.getClassLoader().getResource(resource);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                return direct;
            }
        }
        return direct;
    }
}
