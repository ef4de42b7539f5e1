package dev.anvilcheck.config;

import dev.anvilcheck.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typed content of an app's {@code anvil.yaml}, as far as it is valid. Parts that failed validation are left
 * out (the findings say why), so every value here can be trusted by later checks. Secret values are never read
 * into this model: only secret names and types.
 *
 * <pre>{@code
 * AnvilYaml app = AnvilProject.load(path).anvilYaml().orElseThrow();
 * app.table("users").ifPresent(t -> System.out.println(t.columns().size()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the app's name
 * @param packageName the top-level Python package name
 * @param runtime runtime options
 * @param services enabled services in file order
 * @param schemaForm which db_schema form the file uses
 * @param tables the Data Tables, in file order
 * @param secrets declared App Secrets (names and types), in file order
 * @param dependencies other Anvil apps used as libraries
 * @param startup the startup form or module
 * @param scheduledTasks scheduled background tasks
 * @param uplinkVisible whether Uplink code may register server functions
 * @param clientInitModule a module that runs on client start-up
 * @param topLevelKeys every top-level key present
 */
public record AnvilYaml(Optional<String> name, Optional<String> packageName, RuntimeOptions runtime,
                        List<Service> services, SchemaForm schemaForm, List<Table> tables,
                        List<SecretDeclaration> secrets, List<Dependency> dependencies, Optional<Startup> startup,
                        List<ScheduledTask> scheduledTasks, boolean uplinkVisible,
                        Optional<String> clientInitModule, Set<String> topLevelKeys) {

    /** Copies the collections. */
    public AnvilYaml {
        services = List.copyOf(services);
        tables = List.copyOf(tables);
        secrets = List.copyOf(secrets);
        dependencies = List.copyOf(dependencies);
        scheduledTasks = List.copyOf(scheduledTasks);
        topLevelKeys = Set.copyOf(topLevelKeys);
    }

    /**
     * The table with this python name.
     *
     * @param pythonName the name used in {@code app_tables.<name>}
     * @return the table, if declared
     */
    public Optional<Table> table(String pythonName) {
        return tables.stream().filter(t -> t.pythonName().equals(pythonName)).findFirst();
    }

    /**
     * The service with this source, such as {@link Service#USERS}.
     *
     * @param source the service source path
     * @return the service, if enabled
     */
    public Optional<Service> service(String source) {
        return services.stream().filter(s -> s.source().equals(source)).findFirst();
    }

    /** Which form {@code db_schema} takes. */
    public enum SchemaForm {
        /** {@code db_schema} is a mapping of python names to tables (what the current editor writes). */
        MAPPING,
        /** {@code db_schema} is the older list of tables with ids. */
        LIST,
        /** No {@code db_schema}, or an empty one. */
        NONE
    }

    /**
     * {@code runtime_options}.
     *
     * @param version the runtime's {@code version}
     * @param clientVersion {@code client_version} ({@code "3"} selects Python 3 in the browser)
     * @param serverVersion {@code server_version} ({@code python3-full}, ...)
     * @param serverSpecBase {@code server_spec.base} ({@code python310-minimal}, ...)
     * @param serverPersist {@code server_persist}
     * @param serverPython the server's Python version resolved as DESIGN section 5 says, when known
     * @param serverPythonSource a sentence saying which key decided {@code serverPython}
     * @param location where {@code runtime_options} is, if present
     */
    public record RuntimeOptions(Optional<Long> version, Optional<String> clientVersion,
                                 Optional<String> serverVersion, Optional<String> serverSpecBase,
                                 boolean serverPersist, Optional<dev.anvilcheck.python.PythonVersion> serverPython,
                                 String serverPythonSource, Optional<Location> location) {
        /**
         * Whether the browser runs Python 3 (Skulpt in Python 3 mode).
         *
         * @return true when {@code client_version} is {@code "3"}
         */
        public boolean clientPython3() {
            return clientVersion.map("3"::equals).orElse(false);
        }
    }

    /**
     * One enabled service. Its configuration maps are kept as plain values; {@link #toString()} shows only the
     * keys, because service configuration may hold credentials.
     *
     * @param source the service source, such as {@code /runtime/services/anvil/users.yml}
     * @param clientConfig {@code client_config}
     * @param serverConfig {@code server_config}
     * @param location where the entry starts
     */
    public record Service(String source, Map<String, Object> clientConfig, Map<String, Object> serverConfig,
                          Location location) {
        /** Data Tables. */
        public static final String TABLES = "/runtime/services/tables.yml";
        /** Users. */
        public static final String USERS = "/runtime/services/anvil/users.yml";
        /** App Secrets. */
        public static final String SECRETS = "/runtime/services/anvil/secrets.yml";
        /** Email. */
        public static final String EMAIL = "/runtime/services/anvil/email.yml";
        /** Google. */
        public static final String GOOGLE = "/runtime/services/google.yml";
        /** Uplink. */
        public static final String UPLINK = "/runtime/services/uplink.yml";
        /** Every source Anvil itself ships. */
        public static final Set<String> BUILT_IN = Set.of(TABLES, USERS, SECRETS, EMAIL,
                "/runtime/services/anvil/files.yml", GOOGLE, "/runtime/services/facebook.yml",
                "/runtime/services/anvil/microsoft.yml", "/runtime/services/anvil/saml.yml",
                "/runtime/services/stripe.yml", "/runtime/services/segment.yml", UPLINK,
                "/runtime/services/anvil/tableau.yml");

        /** Copies the maps. */
        public Service {
            clientConfig = Map.copyOf(clientConfig);
            serverConfig = Map.copyOf(serverConfig);
        }

        /** Shows the source and the configuration keys only, never values. */
        @Override
        public String toString() {
            return "Service[source=" + source + ", clientConfig=" + new java.util.TreeSet<>(clientConfig.keySet())
                    + ", serverConfig=" + new java.util.TreeSet<>(serverConfig.keySet()) + "]";
        }
    }

    /** A table or column permission. */
    public enum Permission {
        /** No access. */
        NONE,
        /** Read and search only. */
        SEARCH,
        /** Read and write. */
        FULL;

        /**
         * The YAML spelling.
         *
         * @return {@code none}, {@code search} or {@code full}
         */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A Data Table.
     *
     * @param pythonName the name in {@code app_tables}
     * @param title the display name
     * @param client what client code may do
     * @param server what server code may do
     * @param columns the valid columns, in file order
     * @param indexes the declared indexes
     * @param legacyId the numeric id of the list form
     * @param location where the table is declared
     */
    public record Table(String pythonName, String title, Permission client, Permission server,
                        List<Column> columns, List<Index> indexes, Optional<Long> legacyId, Location location) {
        /** Copies the lists. */
        public Table {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
        }

        /**
         * The column with this name.
         *
         * @param name the column name
         * @return the column, if present
         */
        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /** A Data Tables column type. */
    public enum ColumnType {
        /** Text. */
        STRING("string"),
        /** int or float. */
        NUMBER("number"),
        /** True or False. */
        BOOL("bool"),
        /** datetime.date. */
        DATE("date"),
        /** datetime.datetime. */
        DATETIME("datetime"),
        /** JSON-like values. */
        SIMPLE_OBJECT("simpleObject"),
        /** An anvil Media object. */
        MEDIA("media"),
        /** A link to one row. */
        LINK_SINGLE("link_single"),
        /** Links to many rows. */
        LINK_MULTIPLE("link_multiple");

        private final String yamlName;

        ColumnType(String yamlName) {
            this.yamlName = yamlName;
        }

        /**
         * The spelling in the mapping form of anvil.yaml.
         *
         * @return the YAML name
         */
        public String yamlName() {
            return yamlName;
        }

        /**
         * Whether values are links to rows.
         *
         * @return true for the link types
         */
        public boolean isLink() {
            return this == LINK_SINGLE || this == LINK_MULTIPLE;
        }

        /**
         * Finds the type for a YAML spelling, including the list form's {@code liveObject} and
         * {@code liveObjectArray}.
         *
         * @param yaml the spelling
         * @return the type, if valid
         */
        public static Optional<ColumnType> fromYaml(String yaml) {
            if ("liveObject".equals(yaml)) {
                return Optional.of(LINK_SINGLE);
            }
            if ("liveObjectArray".equals(yaml)) {
                return Optional.of(LINK_MULTIPLE);
            }
            for (ColumnType t : values()) {
                if (t.yamlName.equals(yaml)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A column.
     *
     * @param name the column name
     * @param type the type
     * @param target for links, the target table's python name
     * @param clientHidden whether clients cannot see it
     * @param location where the column is declared
     */
    public record Column(String name, ColumnType type, Optional<String> target, boolean clientHidden,
                         Location location) {
    }

    /** An index type. */
    public enum IndexType {
        /** A B-tree index. */
        B_TREE("b_tree"),
        /** A trigram index for partial text search. */
        TRIGRAM("trigram"),
        /** A full-text search index. */
        FULL_TEXT("full_text");

        private final String yamlName;

        IndexType(String yamlName) {
            this.yamlName = yamlName;
        }

        /**
         * The YAML spelling.
         *
         * @return the name
         */
        public String yamlName() {
            return yamlName;
        }

        /**
         * Finds the type for a YAML spelling.
         *
         * @param yaml the spelling
         * @return the type, if valid
         */
        public static Optional<IndexType> fromYaml(String yaml) {
            for (IndexType t : values()) {
                if (t.yamlName.equals(yaml)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A table index.
     *
     * @param columns the indexed columns
     * @param type the index type
     * @param location where it is declared
     */
    public record Index(List<String> columns, IndexType type, Location location) {
        /** Copies the list. */
        public Index {
            columns = List.copyOf(columns);
        }
    }

    /** The type of an App Secret. */
    public enum SecretType {
        /** A secret string read with {@code anvil.secrets.get_secret}. */
        SECRET,
        /** An encryption key used with {@code encrypt_with_key}/{@code decrypt_with_key}. */
        KEY
    }

    /**
     * A declared App Secret: its name and type only (the encrypted value is never read).
     *
     * @param name the secret's name
     * @param type secret or key
     * @param location where it is declared
     */
    public record SecretDeclaration(String name, SecretType type, Location location) {
    }

    /**
     * A dependency on another Anvil app.
     *
     * @param depId the dependency id
     * @param appId the app id
     * @param packageName the dependency's package name, from resolution hints
     * @param name the dependency's display name
     * @param location where it is declared
     */
    public record Dependency(Optional<String> depId, Optional<String> appId, Optional<String> packageName,
                             Optional<String> name, Location location) {
    }

    /**
     * The startup form or module.
     *
     * @param form true for a form, false for a module
     * @param module the dotted name relative to client_code
     * @param location where it is declared
     */
    public record Startup(boolean form, String module, Location location) {
    }

    /**
     * A scheduled task.
     *
     * @param taskName the background task function's name
     * @param every the period: minute, hour, day, week or month
     * @param location where it is declared
     */
    public record ScheduledTask(String taskName, String every, Location location) {
    }
}
