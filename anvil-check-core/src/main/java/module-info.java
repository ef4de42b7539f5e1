/**
 * anvil-check's library: load an Anvil app, check it, report. Only the API packages are exported; everything under
 * {@code ...internal} may change in any release.
 *
 * <pre>{@code
 * CheckRun run = AnvilProject.load(Path.of("my-app")).checkAll();
 * }</pre>
 */
module dev.anvilcheck.core {
    requires transitive java.net.http;
    requires java.xml;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.anvilcheck;
    exports dev.anvilcheck.anvil;
    exports dev.anvilcheck.compat;
    exports dev.anvilcheck.config;
    exports dev.anvilcheck.matrix;
    exports dev.anvilcheck.python;
    exports dev.anvilcheck.python.ast;
    exports dev.anvilcheck.report;
    exports dev.anvilcheck.schema;
    exports dev.anvilcheck.secrets;

    // internals the other anvil-check modules share, for them only (they are automatic modules of these names)
    exports dev.anvilcheck.internal.io to dev.anvilcheck.db, dev.anvilcheck.vault, dev.anvilcheck.cli;
    exports dev.anvilcheck.report.internal to dev.anvilcheck.cli;

    uses dev.anvilcheck.RuleCatalog;
    provides dev.anvilcheck.RuleCatalog with dev.anvilcheck.internal.CoreRules;
}
