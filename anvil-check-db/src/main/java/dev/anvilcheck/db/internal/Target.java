package dev.anvilcheck.db.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.db.DbRule;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the database is and how to connect: a JDBC URL with credentials, or a caller's DataSource. Connecting
 * retries a bounded number of times on connection errors (not on a refused login). Never shows the password.
 * Immutable and thread-safe.
 */
public final class Target {

    private final Optional<DataSource> given;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Optional<String> database;
    private final int attempts;
    private final Duration retryDelay;
    private final int connectTimeoutSeconds;

    private Target(Optional<DataSource> given, String jdbcUrl, Optional<String> user, Optional<String> password,
                   Optional<String> database, int attempts, Duration retryDelay, int connectTimeoutSeconds) {
        this.given = given;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.database = database;
        this.attempts = Math.max(1, attempts);
        this.retryDelay = retryDelay;
        this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    /**
     * A target from a URL: {@code jdbc:postgresql://host:port/db?...} or {@code postgresql://user:pw@host/db}.
     *
     * @param url the URL
     * @param user the user, overriding the URL's
     * @param password the password, overriding the URL's
     * @param attempts connection attempts
     * @param retryDelay the pause before the second attempt (doubling after)
     * @param connectTimeoutSeconds the driver's connect timeout
     * @return the target
     * @throws IllegalArgumentException when the URL is not a PostgreSQL URL
     */
    public static Target ofUrl(String url, Optional<String> user, Optional<String> password, int attempts,
                               Duration retryDelay, int connectTimeoutSeconds) {
        String jdbc;
        Optional<String> urlUser = Optional.empty();
        Optional<String> urlPassword = Optional.empty();
        if (url.startsWith("jdbc:postgresql:")) {
            jdbc = url;
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            URI uri = URI.create(url);
            if (uri.getRawUserInfo() != null) {
                String[] ui = uri.getRawUserInfo().split(":", 2);
                urlUser = Optional.of(URLDecoder.decode(ui[0], StandardCharsets.UTF_8));
                if (ui.length > 1) {
                    urlPassword = Optional.of(URLDecoder.decode(ui[1], StandardCharsets.UTF_8));
                }
            }
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            jdbc = "jdbc:postgresql://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else {
            throw new IllegalArgumentException("not a PostgreSQL URL (jdbc:postgresql://... or postgresql://...): "
                    + redact(url));
        }
        Properties p = org.postgresql.Driver.parseURL(jdbc, new Properties());
        if (p == null) {
            throw new IllegalArgumentException("not a valid PostgreSQL URL: " + redact(url));
        }
        Optional<String> db = Optional.ofNullable(p.getProperty("PGDBNAME")).filter(s -> !s.isEmpty());
        Optional<String> propUser = Optional.ofNullable(p.getProperty("user"));
        Optional<String> propPassword = Optional.ofNullable(p.getProperty("password"));
        Optional<String> fromUrlUser = urlUser;
        Optional<String> fromUrlPassword = urlPassword;
        return new Target(Optional.empty(), jdbc, user.or(() -> fromUrlUser).or(() -> propUser),
                password.or(() -> fromUrlPassword).or(() -> propPassword), db, attempts, retryDelay,
                connectTimeoutSeconds);
    }

    /**
     * A target from a caller's DataSource.
     *
     * @param ds the data source
     * @param attempts connection attempts
     * @param retryDelay the first pause between attempts
     * @return the target
     */
    public static Target ofDataSource(DataSource ds, int attempts, Duration retryDelay) {
        return new Target(Optional.of(ds), "", Optional.empty(), Optional.empty(), Optional.empty(), attempts,
                retryDelay, 0);
    }

    /**
     * The same server and credentials, another database.
     *
     * @param name the database
     * @return the target
     * @throws IllegalStateException for a DataSource target
     */
    public Target withDatabase(String name) {
        if (given.isPresent()) {
            throw new IllegalStateException("a DataSource target cannot switch databases");
        }
        String jdbc = jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/?]*)/[^?]*", "$1/"
                + java.util.regex.Matcher.quoteReplacement(
                        java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")));
        return new Target(Optional.empty(), jdbc, user, password, Optional.of(name), attempts, retryDelay,
                connectTimeoutSeconds);
    }

    /**
     * The database name, when known.
     *
     * @return the name
     */
    public Optional<String> database() {
        return database;
    }

    /**
     * Whether this target is a caller's DataSource.
     *
     * @return true for a DataSource
     */
    public boolean isDataSource() {
        return given.isPresent();
    }

    /**
     * The URL without credentials, for messages.
     *
     * @return the URL, or {@code the DataSource}
     */
    public String display() {
        return given.isPresent() ? "the configured DataSource" : redact(jdbcUrl);
    }

    /**
     * The data source (a caller's, or one built from the URL).
     *
     * @return the data source
     */
    public DataSource dataSource() {
        if (given.isPresent()) {
            return given.get();
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        user.ifPresent(ds::setUser);
        password.ifPresent(ds::setPassword);
        ds.setConnectTimeout(connectTimeoutSeconds);
        ds.setApplicationName("anvil-check");
        return ds;
    }

    /**
     * Opens a connection, retrying connection errors.
     *
     * @return the connection
     * @throws ConnectException with a finding when every attempt failed
     */
    public Connection open() throws ConnectException {
        DataSource ds = dataSource();
        SQLException last = null;
        long delay = retryDelay.toMillis();
        long start = System.nanoTime();
        int tried = 0;
        for (int i = 0; i < attempts; i++) {
            tried++;
            try {
                return ds.getConnection();
            } catch (SQLException e) {
                last = e;
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                if (!state.startsWith("08") && !state.equals("57P03")) {
                    break;
                }
            }
            if (i + 1 < attempts) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
                delay *= 2;
            }
        }
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        String reason = last == null ? "unknown error" : last.getMessage();
        String hint = "3D000".equals(last == null ? null : last.getSQLState())
                ? "the database does not exist; create it with createIfMissing() or `anvil-check db create`"
                : "check that the server runs and accepts TCP connections, and the user and password";
        throw new ConnectException(Finding.of(DbRule.CONNECTION, null, "cannot connect to " + display() + ": "
                + reason + " (" + tried + (tried == 1 ? " attempt" : " attempts") + " in " + ms + " ms)")
                .withHint(hint));
    }

    /**
     * Hides a password in a URL ({@code user:secret@}, {@code password=secret}).
     *
     * @param url the URL
     * @return the URL with passwords replaced by {@code ***}
     */
    public static String redact(String url) {
        return url.replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Shows the URL without credentials. */
    @Override
    public String toString() {
        return "Target[" + display() + "]";
    }

    /** Thrown when no connection could be opened; carries the finding to report. */
    public static final class ConnectException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        ConnectException(Finding finding) {
            super(finding.message());
            this.finding = finding;
        }

        /**
         * The finding.
         *
         * @return the DB001 finding
         */
        public Finding finding() {
            return finding;
        }
    }
}
