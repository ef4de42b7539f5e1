///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.anvilcheck:anvil-check-core:0.1.0-SNAPSHOT

// A task script: list an Anvil app's Data Tables and columns from its anvil.yaml, or its config errors.
// Usage: jbang tables.java path/to/app

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.config.AnvilYaml;
import java.nio.file.Path;

public class tables {
    public static void main(String... args) {
        if (args.length != 1) {
            System.err.println("usage: tables.java APP_FOLDER");
            System.exit(2);
        }
        CheckRun run = AnvilProject.load(Path.of(args[0])).validateConfig();
        run.findings().forEach(f -> System.err.println(f));
        AnvilYaml app = run.project().anvilYaml().orElse(null);
        if (app == null) {
            System.exit(1);
        }
        for (AnvilYaml.Table t : app.tables()) {
            System.out.println(t.pythonName() + " (client " + t.client().yamlName() + ")");
            for (AnvilYaml.Column c : t.columns()) {
                System.out.println("  " + c.name() + ": " + c.type().yamlName() + c.target().map(x -> " -> " + x).orElse(""));
            }
        }
        System.exit(run.hasErrors() ? 1 : 0);
    }
}
