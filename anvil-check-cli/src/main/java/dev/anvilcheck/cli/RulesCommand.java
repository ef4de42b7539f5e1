package dev.anvilcheck.cli;

import dev.anvilcheck.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anvil-check rules}: lists every rule with its code, default severity and meaning. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule (the rules reference).")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or markdown.")
    String format = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("markdown")) {
            spec.commandLine().getErr().println("anvil-check: unknown format '" + format + "'; use text or markdown");
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().print(format.equals("markdown") ? RulesDoc.render(RuleCatalog.all())
                : RulesDoc.renderText(RuleCatalog.all()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
