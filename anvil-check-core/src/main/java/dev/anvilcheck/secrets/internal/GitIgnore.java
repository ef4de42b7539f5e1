package dev.anvilcheck.secrets.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The root {@code .gitignore}'s simple patterns, enough to tell whether a .env file would be committed: patterns
 * without an inner {@code /} match a file name anywhere, a leading {@code /} anchors to the root, {@code *} and
 * {@code ?} are wildcards, {@code !} re-includes, the last match wins. Immutable and thread-safe.
 */
final class GitIgnore {

    private record Rule(Pattern pattern, boolean negate, boolean anchored) {
    }

    private final List<Rule> rules;

    private GitIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static GitIgnore read(Path root) {
        List<Rule> rules = new ArrayList<>();
        Path f = root.resolve(".gitignore");
        try {
            if (Files.isRegularFile(f) && Files.size(f) < 1024 * 1024) {
                for (String raw : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\r\n|\r|\n")) {
                    parse(raw).ifPresent(rules::add);
                }
            }
        } catch (IOException e) {
            return new GitIgnore(List.of());
        }
        return new GitIgnore(rules);
    }

    static GitIgnore of(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n")) {
            parse(raw).ifPresent(rules::add);
        }
        return new GitIgnore(rules);
    }

    private static java.util.Optional<Rule> parse(String raw) {
        String l = raw.strip();
        if (l.isEmpty() || l.startsWith("#")) {
            return java.util.Optional.empty();
        }
        boolean negate = l.startsWith("!");
        if (negate) {
            l = l.substring(1);
        }
        if (l.endsWith("/")) {
            return java.util.Optional.empty();
        }
        boolean anchored = l.startsWith("/");
        if (anchored) {
            l = l.substring(1);
        }
        if (l.startsWith("**/")) {
            l = l.substring(3);
            anchored = false;
        }
        if (l.contains("/")) {
            anchored = true;
        }
        StringBuilder re = new StringBuilder();
        for (char c : l.toCharArray()) {
            if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return java.util.Optional.of(new Rule(Pattern.compile(re.toString()), negate, anchored));
    }

    /** Whether a project-relative path is ignored. */
    boolean ignores(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        boolean ignored = false;
        for (Rule r : rules) {
            boolean m = r.anchored() ? r.pattern().matcher(rel).matches() : r.pattern().matcher(name).matches();
            if (m) {
                ignored = !r.negate();
            }
        }
        return ignored;
    }
}
