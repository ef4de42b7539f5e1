package dev.anvilcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public API stays small and free of internals and third-party types (DESIGN sections 2 and 3). */
class ApiBoundaryTest {

    static final List<String> FORBIDDEN_IN_API = List.of(".internal.", "com.fasterxml.", "org.yaml.", "org.jdbi.",
            "org.postgresql.", "io.github.jopenlibs.", "picocli.");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.anvilcheck");
    }

    static boolean isApi(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal")
                && c.getEnclosingClass().map(e -> e.getModifiers().contains(JavaModifier.PUBLIC)).orElse(true);
    }

    @Test
    void publicSignaturesNeverNameInternalOrThirdPartyTypes() {
        classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should(new ArchCondition<>("expose only API types in public signatures") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (!isApi(c)) {
                            return;
                        }
                        Set<String> bad = new HashSet<>();
                        for (JavaCodeUnit m : c.getCodeUnits()) {
                            if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                                    && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                                continue;
                            }
                            for (JavaClass t : m.getAllInvolvedRawTypes()) {
                                if (forbidden(t.getName())) {
                                    bad.add(m.getFullName() + " uses " + t.getName());
                                }
                            }
                        }
                        for (JavaField f : c.getFields()) {
                            if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
                                for (JavaClass t : f.getAllInvolvedRawTypes()) {
                                    if (forbidden(t.getName())) {
                                        bad.add(f.getFullName() + " has type " + t.getName());
                                    }
                                }
                            }
                        }
                        for (String b : bad) {
                            events.add(SimpleConditionEvent.violated(c, b));
                        }
                    }
                })
                .because("internals and library types may change at any time; the API is the contract")
                .check(classes);
    }

    private static boolean forbidden(String name) {
        return FORBIDDEN_IN_API.stream().anyMatch(name::contains);
    }

    @Test
    void publicApiClassesAreClosedForExtension() {
        classes().that().arePublic().and().resideOutsideOfPackage("..internal..").and().areNotInterfaces()
                .and().areNotEnums().and().areNotRecords().and().areNotAssignableTo(Throwable.class)
                .should().haveModifier(JavaModifier.FINAL)
                .because("API classes are not designed for subclassing (exceptions excepted)")
                .check(classes);
    }

    @Test
    void coreNeverDependsOnTheIntegrationModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.anvilcheck.db..", "dev.anvilcheck.vault..",
                        "dev.anvilcheck.cli..", "org.jdbi..", "org.postgresql..", "io.github.jopenlibs..")
                .because("core defines SPIs that db and vault implement, never the reverse")
                .check(classes);
    }
}
