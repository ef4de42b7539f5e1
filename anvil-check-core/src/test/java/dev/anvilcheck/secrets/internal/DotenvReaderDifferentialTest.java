package dev.anvilcheck.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs generated edge-case .env files through our reader and through the real python-dotenv 1.2.2
 * ({@code dotenv_values(path)}) in one Python process, and demands identical keys (in order) and values.
 */
class DotenvReaderDifferentialTest {

    static final Path PYTHON = Path.of("/root/.pyenv/versions/3.11.7/bin/python");
    static final int FILES = 400;
    static final Map<String, String> ENV = Map.of("ENV_A", "alpha", "ENV_EMPTY", "", "HOME_X", "/home/x",
            "SHARED", "from-env");

    static final String[] KEYS = {"FOO", "BAR", "foo", "Mixed_Case", "A1", "_UNDER", "1DIGIT", "A.B", "A-B",
            "'QUOTED KEY'", "'Q'", "''", "'unclosed", "export", "ENV_A", "SHARED", "\u00e9T\u00e9", "K\u4e2d",
            "\ufeffBOM", "=", "SHARED", "FOO", "A$B", "K\"Q"};
    static final String[] SEPS = {"=", " = ", "\t=\t", "= ", " =", "", " ", "==", "=\u00a0", "\u3000=",
            "=\u000b", "=\u001c"};
    static final String[] VALUES = {"bar", "bar baz", "bar #comment", "bar# not comment", "#hash", " # c",
            "'single'", "'sin gle' # c", "'it\\'s'", "'back\\\\slash'", "'\\n stays'", "'multi\nline'",
            "\"double\"", "\"esc \\n \\t \\\\ \\\" \\' \\a \\b \\f \\r \\v \\x\"", "\"multi\nline\n\"",
            "\"unclosed", "'unclosed", "\"a\\\"", "\"a\\\\\"", "\"x\" trailing", "\"x\"   # ok", "'x'#c",
            "${ENV_A}", "${ENV_A}-${FOO}", "${UNDEFINED}", "${UNDEFINED:-dflt}", "${ENV_EMPTY:-dflt}",
            "${FOO:-d}", "${A:B}", "${}", "${unclosed", "$BARE", "\\${ESC}", "\"${ENV_A} q\"", "'${ENV_A}'",
            "value  ", "v\tw", "\u00a0nb", "emoji \ud83d\ude00", "", "=", "a=b=c", "\"\"", "''",
            "\"quote\"inside", "x\\\"y", "'${SHARED}'", "${SHARED:-}", "tab\t#c", "\u2028sep"};
    static final String[] EOLS = {"\n", "\n", "\n", "\r\n", "\r", "  \n", "\t\n", " # tail\n"};
    static final String[] EXTRA = {"", "\n", "# comment\n", "   # indented comment\n", "export ", "export\t",
            "  ", "#", "\u000c\n", "export #c\n"};

    static String generate(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(20) == 0) {
            b.append('\ufeff');
        }
        int lines = 1 + r.nextInt(8);
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(4) == 0) {
                b.append(EXTRA[r.nextInt(EXTRA.length)]);
            }
            if (r.nextInt(6) == 0) {
                b.append(r.nextBoolean() ? "export " : "  ");
            }
            b.append(KEYS[r.nextInt(KEYS.length)]);
            String sep = SEPS[r.nextInt(SEPS.length)];
            b.append(sep);
            if (!sep.isEmpty() && !sep.equals(" ")) {
                b.append(VALUES[r.nextInt(VALUES.length)]);
            }
            if (i < lines - 1 || r.nextInt(3) > 0) {
                b.append(EOLS[r.nextInt(EOLS.length)]);
            }
        }
        return b.toString();
    }

    static List<String> handWritten() {
        return List.of("", "\n\n\n", "FOO", "FOO\nBAR=1", "A=b#c\nB=b #c\nC=#c", "A=  # c\n",
                "export A=1\nexport  B=2\nexportC=3\n", "A='x'\\\nB=2", "A=\"x\ny\"z\nB=1\n",
                "A=\"a\\\"\nB=\"b\"\n", "A=1\r\nB=2\rC=3\n", "'K'=v\n'K 2' = 'v 2'\n",
                "A=${B}\nB=1\nC=${B}\n", "A=1\nA=2\nB=${A}\n", "A\nB=${A:-d}\n", "=x\nA=1\n",
                "\ufeffA=1\n", "A=\u00e9\u00e8\u4e2d\n", "A= \"x\"\n", "A=x \"y\"\n", "#!/bin/sh\nA=1\n",
                "A='a\n\nb'\n", "A=\"\\\\\\\"\"\n", "A=\"\\u0041\"\n", "A=x\u000by\n", "A\u2028=1\n");
    }

    @Test
    void sameKeysAndValuesAsPythonDotenv(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON),
                "skipped: " + PYTHON + " (CPython 3.11 with python-dotenv 1.2.2) is not installed here");
        List<String> texts = new ArrayList<>(handWritten());
        Random r = new Random(20261126L);
        while (texts.size() < FILES) {
            texts.add(generate(r));
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Path f = dir.resolve("case" + i + ".env");
            Files.write(f, texts.get(i).getBytes(StandardCharsets.UTF_8));
            files.add(f);
        }
        JsonNode python = runPython(dir, files);
        Assumptions.assumeTrue(python != null, "skipped: python-dotenv is not importable by " + PYTHON);
        assertEquals("1.2.2", python.get("version").asText(), "the oracle must be python-dotenv 1.2.2");
        int compared = 0;
        for (int i = 0; i < files.size(); i++) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (JsonNode pair : python.get("results").get(i)) {
                expected.put(pair.get(0).asText(), pair.get(1).isNull() ? null : pair.get(1).asText());
            }
            DotenvReader.File read = DotenvReader.read(Files.readAllBytes(files.get(i)));
            Map<String, String> actual = read.values(ENV);
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()),
                    "keys differ for case " + i + ": " + escape(texts.get(i)));
            assertEquals(expected, actual, "values differ for case " + i + ": " + escape(texts.get(i)));
            compared++;
        }
        System.out.println("dotenv differential: " + compared + " files identical to python-dotenv "
                + python.get("version").asText());
        assertTrue(compared >= 300);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static JsonNode runPython(Path dir, List<Path> files) throws IOException, InterruptedException {
        Path script = dir.resolve("oracle.py");
        Files.writeString(script, String.join("\n",
                "import json, sys",
                "try:",
                "    import dotenv",
                "    from dotenv import dotenv_values",
                "    from dotenv.version import __version__",
                "except ImportError:",
                "    sys.stdout.write('null')",
                "    sys.exit(0)",
                "import logging",
                "logging.disable(logging.CRITICAL)",
                "out = []",
                "for p in sys.argv[1:]:",
                "    out.append([[k, v] for k, v in dotenv_values(p).items()])",
                "sys.stdout.write(json.dumps({'version': __version__, 'results': out}))",
                ""));
        List<String> cmd = new ArrayList<>();
        cmd.add(PYTHON.toString());
        cmd.add(script.toString());
        for (Path f : files) {
            cmd.add(f.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(ENV);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python-dotenv oracle failed, exit " + p.exitValue());
        }
        JsonNode n = new ObjectMapper().readTree(out);
        return n == null || n.isNull() ? null : n;
    }
}
