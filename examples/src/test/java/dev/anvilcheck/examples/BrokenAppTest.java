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

    /**
     * Every offline check the library chain runs; each line is one planted problem (see the comments in
     * broken-app's files). SE203 assumes API_PORT is not set in the environment running the tests.
     */
    @Test
    void findingsAreExactlyThePlantedOnes() {
        List<String> actual = AnvilProject.load(Path.of("broken-app")).checkAll().findings().stream().map(BrokenAppTest::key).collect(Collectors.toList());
        assertThat(actual).containsExactly(
                "SE107 warning .env.example:1",
                "SE109 warning .env.example:2",
                "SE112 info .env.example:2",
                "SE101 warning .env.example:3",
                "SE112 info .env.example:3",
                "AY013 error anvil-check.yaml:2",
                "AY011 warning anvil-check.yaml:3",
                "SE203 error anvil-check.yaml:5",
                "AY013 error anvil-check.yaml:5",
                "AY013 error anvil-check.yaml:7",
                "AY024 error anvil.yaml:3",
                "AY011 warning anvil.yaml:4",
                "AY010 error anvil.yaml:5",
                "AY030 warning anvil.yaml:8",
                "AY011 warning anvil.yaml:10",
                "AY026 warning anvil.yaml:15",
                "AY014 error anvil.yaml:21",
                "SE420 error anvil.yaml:24",
                "AY029 warning anvil.yaml:26",
                "SC007 info anvil.yaml:26",
                "AY025 error anvil.yaml:27",
                "AY029 warning anvil.yaml:33",
                "AY023 error anvil.yaml:35",
                "AY020 error anvil.yaml:43",
                "AY021 error anvil.yaml:44",
                "AY014 error anvil.yaml:47",
                "AY014 error anvil.yaml:49",
                "AY031 error anvil.yaml:51",
                "AY031 error anvil.yaml:52",
                "AY024 error anvil.yaml:60",
                "AY010 error anvil.yaml:63",
                "AY013 error anvil.yaml:66",
                "AX005 error anvil.yaml:69",
                "AY013 error anvil.yaml:73",
                "AY027 error anvil.yaml:74",
                "AY002 error anvil.yaml:75",
                "SE303 error client_code/Home/__init__.py:3",
                "AX020 error client_code/Home/__init__.py:3",
                "AX030 error client_code/Orphan/__init__.py:1",
                "SE303 error client_code/Reports/__init__.py:4",
                "AX020 error client_code/Reports/__init__.py:4",
                "AX001 error client_code/Reports/__init__.py:13",
                "AX002 error client_code/Reports/__init__.py:14",
                "AX006 error client_code/Reports/__init__.py:15",
                "AX012 error client_code/Reports/__init__.py:16",
                "AX013 error client_code/Reports/__init__.py:17",
                "AX033 error client_code/Reports/__init__.py:18",
                "AX031 error client_code/Reports/form_template.yaml:1",
                "AX031 error client_code/Reports/form_template.yaml:6",
                "AX032 error client_code/Reports/form_template.yaml:7",
                "AX034 error client_code/Reports/form_template.yaml:14",
                "AX020 error server_code/billing.py:3",
                "SE406 error server_code/billing.py:7",
                "AX003 info server_code/billing.py:15",
                "SE301 error server_code/billing.py:17",
                "SE305 warning server_code/billing.py:18",
                "AX040 error server_code/requirements.txt:2",
                "AX043 warning server_code/requirements.txt:3",
                "AX041 warning server_code/requirements.txt:4",
                "AX043 warning server_code/requirements.txt:4",
                "AX042 error server_code/requirements.txt:6",
                "AX044 error server_code/requirements.txt:7",
                "AX046 info server_code/requirements.txt:8",
                "AX045 warning server_code/tasks.py:2",
                "AX011 error server_code/tasks.py:9",
                "AX003 info server_code/tasks.py:12",
                "AX004 error server_code/tasks.py:14",
                "AX003 info server_code/tasks.py:17",
                "AX010 error server_code/tasks.py:19"
);
    }

    @Test
    void sampleAppIsClean() {
        assertThat(AnvilProject.load(Path.of("sample-app")).checkAll()
                .findings()).isEmpty();
    }

    private static String key(Finding f) {
        return f.rule().code() + " " + f.severity().jsonName() + " "
                + f.location().map(l -> l.path() + ":" + l.line()).orElse("-");
    }
}
