package dev.anvilcheck.db;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The db module's public API names no internal, JDBI, pgjdbc or zonky type, and its classes are final. */
class DbApiBoundaryTest {

    static final List<String> FORBIDDEN = List.of(".internal.", "org.jdbi.", "org.postgresql.", "io.zonky.");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.anvilcheck.db");
    }

    @Test
    void publicSignaturesStayFreeOfInternalAndLibraryTypes() {
        classes().that().arePublic().and().resideInAPackage("dev.anvilcheck.db")
                .should(new ArchCondition<>("expose only API types in public signatures") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (c.getEnclosingClass().map(e -> !e.getModifiers().contains(JavaModifier.PUBLIC))
                                .orElse(false)) {
                            return;
                        }
                        for (JavaCodeUnit m : c.getCodeUnits()) {
                            if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
                                continue;
                            }
                            for (JavaClass t : m.getAllInvolvedRawTypes()) {
                                if (FORBIDDEN.stream().anyMatch(t.getName()::contains)) {
                                    events.add(SimpleConditionEvent.violated(c, m.getFullName() + " uses "
                                            + t.getName()));
                                }
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void apiClassesAreFinal() {
        classes().that().arePublic().and().resideInAPackage("dev.anvilcheck.db").and().areNotInterfaces()
                .and().areNotEnums().and().areNotRecords().and().areNotAssignableTo(Throwable.class)
                .should().haveModifier(JavaModifier.FINAL).check(classes);
    }

    @Test
    void onlyInternalsTalkToTheDriverAndJdbi() {
        noClasses().that().resideInAPackage("dev.anvilcheck.db").and().areNotAssignableTo(AnvilPostgresExtension.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "io.zonky..")
                .check(classes);
    }
}
