///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.anvilcheck:anvil-check-cli:0.1.0-SNAPSHOT

// The anvil-check CLI as a jbang script: `jbang anvil-check.java check path/to/app`.
// (Install the artifacts first with `./mvnw -B install -DskipTests` until they are on Maven Central.)

import dev.anvilcheck.cli.Main;

class anvilcheck {
    public static void main(String... args) {
        System.exit(Main.run(args));
    }
}
