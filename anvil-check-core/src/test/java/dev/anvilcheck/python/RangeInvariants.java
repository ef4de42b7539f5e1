package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.anvilcheck.python.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Test helper: tokens are ordered and in bounds; every child's range lies inside its parent's; a line index the
 * tokenizer recorded equals a scan of the text.
 */
final class RangeInvariants {

    private RangeInvariants() {
    }

    static void check(ParseResult r, String label) {
        int len = r.source().length();
        if (r.hasTokenizerLines()) {
            LineIndex scanned = LineIndex.of(r.source());
            assertTrue(r.lineIndex().lineCount() == scanned.lineCount(), label + ": tokenizer line count");
            for (int l = 1; l <= scanned.lineCount(); l++) {
                assertTrue(r.lineIndex().lineStart(l) == scanned.lineStart(l), label + ": start of line " + l);
            }
        }
        List<Token> tokens = r.tokens();
        int prevEnd = 0;
        for (Token t : tokens) {
            TextRange tr = t.range();
            if (tr.start() < prevEnd || tr.end() > len) {
                fail(label + ": token " + t + " out of order or bounds (previous end " + prevEnd + ")");
            }
            prevEnd = tr.end();
        }
        assertTrue(!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == TokenKind.ENDMARKER,
                label + ": last token must be ENDMARKER");
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(r.module());
        while (!stack.isEmpty()) {
            Node parent = stack.pop();
            TextRange pr = parent.range();
            if (pr.end() > len) {
                fail(label + ": " + parent.getClass().getSimpleName() + " ends after the text");
            }
            for (Node child : AstWalk.children(parent)) {
                // a decorator precedes its def or class (CPython's ranges start at the keyword)
                boolean exempt = parent instanceof dev.anvilcheck.python.ast.Stmt.FunctionDef f
                        && f.decoratorList().stream().anyMatch(d -> d == child)
                        || parent instanceof dev.anvilcheck.python.ast.Stmt.ClassDef c
                        && c.decoratorList().stream().anyMatch(d -> d == child);
                if (!exempt && !pr.contains(child.range())) {
                    fail(label + ": " + child.getClass().getSimpleName() + child.range() + " not inside "
                            + parent.getClass().getSimpleName() + pr);
                }
                stack.push(child);
            }
        }
    }
}
