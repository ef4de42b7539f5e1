package dev.anvilcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** examples/broken-app trips exactly the planted problems, each at its place. */
class BrokenAppTest {

    @Test
    void configFindingsAreExactlyThePlantedOnes() {
        List<String> actual = AnvilProject.load(Path.of("broken-app")).validateConfig().findings().stream()
                .map(BrokenAppTest::key).collect(Collectors.toList());
        assertThat(actual).containsExactly(
                "AY013 error anvil-check.yaml:2",   // python.server '3.x'
                "AY011 warning anvil-check.yaml:3", // clinet
                "AY013 error anvil-check.yaml:5",   // type: port
                "AY013 error anvil-check.yaml:7",   // severity: loud
                "AY024 error anvil.yaml:3",         // package_name with a space and '!'
                "AY011 warning anvil.yaml:4",       // alow_embedding
                "AY010 error anvil.yaml:5",         // renamed: "yes"
                "AY030 warning anvil.yaml:8",       // python311-gpu
                "AY011 warning anvil.yaml:10",      // sever_persist
                "AY026 warning anvil.yaml:15",      // users.yml misspelt
                "AY014 error anvil.yaml:21",        // service without source
                "AY029 warning anvil.yaml:23",      // accounts lacks users columns
                "AY025 error anvil.yaml:24",        // client: read
                "AY029 warning anvil.yaml:30",      // enabled is a string
                "AY023 error anvil.yaml:32",        // email twice
                "AY020 error anvil.yaml:40",        // numbr
                "AY021 error anvil.yaml:41",        // target acounts
                "AY014 error anvil.yaml:44",        // link without target
                "AY014 error anvil.yaml:46",        // column without name
                "AY031 error anvil.yaml:48",        // index on due_date
                "AY031 error anvil.yaml:49",        // index type hash
                "AY024 error anvil.yaml:50",        // order-lines
                "AY010 error anvil.yaml:53",        // columns as a mapping
                "AY013 error anvil.yaml:56",        // secret type password
                "AY013 error anvil.yaml:60",        // every: fortnight
                "AY027 error anvil.yaml:61",        // startup form Dashboard
                "AY002 error anvil.yaml:62");       // name twice
    }

    @Test
    void sampleAppIsClean() {
        assertThat(AnvilProject.load(Path.of("sample-app")).validateConfig().findings()).isEmpty();
    }

    private static String key(Finding f) {
        return f.rule().code() + " " + f.severity().jsonName() + " "
                + f.location().map(l -> l.path() + ":" + l.line()).orElse("-");
    }
}
