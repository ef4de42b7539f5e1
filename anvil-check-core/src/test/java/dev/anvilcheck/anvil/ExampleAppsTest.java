package dev.anvilcheck.anvil;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sample app passes the AX rules with no error or warning. */
class ExampleAppsTest {

    static final Path SAMPLE = Path.of("../examples/sample-app");

    @Test
    void sampleAppIsClean() {
        assumeTrue(Files.isDirectory(SAMPLE), "skipped: ../examples/sample-app is not in this checkout");
        AnvilResult r = AnvilProject.load(SAMPLE).checkAnvil().result(AnvilResult.class).orElseThrow();
        r.findings().forEach(f -> System.out.println("sample: " + f));
        assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).isEmpty();
        assertThat(r.serverFunctions()).extracting(AnvilResult.ServerFunction::name)
                .contains("list_open_orders", "place_order", "charge_order", "send_overdue_reminders");
        assertThat(r.tasks()).extracting(AnvilResult.ServerFunction::name).containsExactly("send_overdue_reminders");
        assertThat(r.calls()).allMatch(AnvilResult.ServerCall::resolved);
        assertThat(r.forms()).extracting(AnvilResult.Form::name).containsExactly("Main", "OrderEdit", "OrderRow");
        assertThat(r.findings()).as("every registered function is called").isEmpty();
        assertThat(r.requirements()).extracting(AnvilResult.Requirement::text).containsExactly("requests==2.31.0");
    }
}
