package dev.anvilcheck.vault;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vault module's public surface: VaultSecretStore and VaultRule, free of driver and internal types. */
class VaultApiBoundaryTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.anvilcheck.vault");

    @Test
    void publicApiNamesNoDriverJacksonOrInternalTypes() {
        List<String> bad = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (!c.getPackageName().equals("dev.anvilcheck.vault") || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                for (JavaClass t : m.getAllInvolvedRawTypes()) {
                    if (t.getName().contains(".internal.") || t.getName().startsWith("io.github.jopenlibs")
                            || t.getName().startsWith("com.fasterxml")) {
                        bad.add(m.getFullName() + " uses " + t.getName());
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
        assertThat(CLASSES.contain(VaultSecretStore.class)).isTrue();
        noClasses().that().resideInAPackage("dev.anvilcheck.vault").should().dependOnClassesThat()
                .resideInAnyPackage("io.github.jopenlibs..", "com.fasterxml..")
                .because("the driver and Jackson stay behind dev.anvilcheck.vault.internal")
                .check(CLASSES);
    }

    @Test
    void apiClassesAreFinal() {
        classes().that().resideInAPackage("dev.anvilcheck.vault").and().arePublic().and().areNotEnums()
                .should().haveModifier(JavaModifier.FINAL).check(CLASSES);
    }
}
