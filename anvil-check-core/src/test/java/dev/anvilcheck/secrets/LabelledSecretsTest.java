package dev.anvilcheck.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A labelled set of realistic code and config lines (resource {@code secrets/labelled-corpus.txt}, made by
 * {@code gen_corpus.py} beside it): each line is {@code SE4xx|text} (a secret that rule must find), {@code N|text}
 * (a look-alike that nothing may report) or {@code .|text} (ordinary text). The whole set is written as an app and
 * run through the secrets check; precision and recall are printed.
 */
class LabelledSecretsTest {

    @Test
    void recallIsCompleteAndLookAlikesStayQuiet(@TempDir Path dir) throws IOException {
        Map<String, List<String[]>> files = load();
        int lines = 0;
        for (Map.Entry<String, List<String[]>> e : files.entrySet()) {
            StringBuilder b = new StringBuilder();
            for (String[] l : e.getValue()) {
                b.append(l[1]).append('\n');
                lines++;
            }
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, b.toString());
        }
        assertTrue(lines >= 150, "the labelled set has " + lines + " lines");
        SecretsResult r = AnvilProject.load(dir).then(SecretsCheck.defaults().withEnvironment(Map.of()))
                .result(SecretsResult.class).orElseThrow();
        Map<String, String> found = new TreeMap<>();
        for (Finding f : r.findings()) {
            SecretsRule rule = (SecretsRule) f.rule();
            if (rule.isLeak()) {
                found.merge(f.location().orElseThrow().path() + ":" + f.location().orElseThrow().line(),
                        rule.code(), (a, b) -> a + "," + b);
            }
        }
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int secrets = 0;
        int lookAlikes = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : files.entrySet()) {
            int n = 0;
            for (String[] l : e.getValue()) {
                n++;
                String at = e.getKey() + ":" + n;
                String got = found.remove(at);
                String label = l[0];
                if (label.startsWith("SE")) {
                    secrets++;
                    if (label.equals(got)) {
                        tp++;
                    } else {
                        fn++;
                        problems.add("missed " + label + " at " + at + (got == null ? "" : " (got " + got + ")"));
                        if (got != null) {
                            fp++;
                        }
                    }
                } else {
                    if (label.equals("N")) {
                        lookAlikes++;
                    }
                    if (got != null) {
                        fp++;
                        problems.add("false positive " + got + " at " + at);
                    }
                }
            }
        }
        for (Map.Entry<String, String> left : found.entrySet()) {
            fp++;
            problems.add("finding on an unlabelled line " + left);
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = secrets == 0 ? 1 : (double) tp / secrets;
        System.out.printf("labelled secrets set: %d lines, %d secrets, %d look-alikes; TP=%d FP=%d FN=%d; "
                + "precision=%.3f recall=%.3f%n", lines, secrets, lookAlikes, tp, fp, fn, precision, recall);
        problems.forEach(p -> System.out.println("  " + p));
        assertEquals(List.of(), problems);
        assertEquals(1.0, recall);
        assertEquals(0, fp);
    }

    static Map<String, List<String[]>> load() throws IOException {
        Map<String, List<String[]>> files = new LinkedHashMap<>();
        try (InputStream in = LabelledSecretsTest.class.getResourceAsStream("/secrets/labelled-corpus.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> current = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("=== ")) {
                    current = new ArrayList<>();
                    files.put(line.substring(4), current);
                } else if (!line.isEmpty()) {
                    int bar = line.indexOf('|');
                    current.add(new String[] {line.substring(0, bar), line.substring(bar + 1)});
                }
            }
        }
        return files;
    }
}
