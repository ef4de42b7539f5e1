package dev.anvilcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes SQL text to {@code --output} or stdout. */
final class SqlOutput {

    private SqlOutput() {
    }

    static void write(ProjectCommand command, String sql) throws IOException {
        if (command.common.output != null) {
            Path parent = command.common.output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(command.common.output, sql, StandardCharsets.UTF_8);
            command.progress("SQL written to " + command.common.output);
        } else {
            PrintWriter out = command.spec.commandLine().getOut();
            out.print(sql);
            out.flush();
        }
    }
}
