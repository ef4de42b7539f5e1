package dev.anvilcheck.schema;

import dev.anvilcheck.config.AnvilYaml.ColumnType;

/**
 * The PostgreSQL column types the generated schema uses (DESIGN section 9).
 *
 * <p>Thread-safe (an enum).
 */
public enum SqlType {
    /** {@code bigint}: the {@code _id} key, link_single and join table ids. */
    BIGINT("bigint", "int8"),
    /** {@code integer}: the position in a join table. */
    INTEGER("integer", "int4"),
    /** {@code text}: string columns. */
    TEXT("text", "text"),
    /** {@code double precision}: number columns. */
    DOUBLE("double precision", "float8"),
    /** {@code boolean}: bool columns. */
    BOOLEAN("boolean", "bool"),
    /** {@code date}: date columns. */
    DATE("date", "date"),
    /** {@code timestamptz}: datetime columns. */
    TIMESTAMPTZ("timestamptz", "timestamptz"),
    /** {@code jsonb}: simpleObject columns. */
    JSONB("jsonb", "jsonb"),
    /** The composite type {@code "<schema>".media(content_type text, name text, data bytea)}. */
    MEDIA("media", "media");

    private final String sqlName;
    private final String catalogName;

    SqlType(String sqlName, String catalogName) {
        this.sqlName = sqlName;
        this.catalogName = catalogName;
    }

    /**
     * The type as written in DDL.
     *
     * @param schema the schema that holds the media type
     * @return the SQL spelling, quoted and qualified for {@link #MEDIA}
     */
    public String sql(String schema) {
        return this == MEDIA ? SchemaSql.qualified(schema, "media") : sqlName;
    }

    /**
     * The type's name in {@code pg_type.typname}, which drift detection compares.
     *
     * @return the catalog name ({@code int8}, {@code float8}, ...)
     */
    public String catalogName() {
        return catalogName;
    }

    /**
     * Whether the type lives in the app's schema rather than {@code pg_catalog}.
     *
     * @return true for {@link #MEDIA}
     */
    public boolean inAppSchema() {
        return this == MEDIA;
    }

    /**
     * The SQL type of a Data Tables column type.
     *
     * @param type the column type; link_multiple has no column of its own and maps to {@link #BIGINT} ids
     * @return the SQL type
     */
    public static SqlType of(ColumnType type) {
        switch (type) {
            case STRING:
                return TEXT;
            case NUMBER:
                return DOUBLE;
            case BOOL:
                return BOOLEAN;
            case DATE:
                return DATE;
            case DATETIME:
                return TIMESTAMPTZ;
            case SIMPLE_OBJECT:
                return JSONB;
            case MEDIA:
                return MEDIA;
            default:
                return BIGINT;
        }
    }
}
