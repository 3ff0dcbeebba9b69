package cn.eport.onboarding.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The few column types that differ between the three supported databases. Migrations refer to
 * them as Flyway placeholders ({@code ${bigint}}, {@code ${boolean}}, {@code ${binary_collation}},
 * {@code ${blob}} for binary content such as attachment files, {@code ${clob}} for long text such as
 * a declaration's JSON)
 * and stay otherwise identical.
 */
public enum SqlDialect {
    H2("BIGINT", "BOOLEAN", "", "BLOB", "CLOB", "SELECT NEXT VALUE FOR %s"),
    POSTGRESQL("BIGINT", "BOOLEAN", "COLLATE \"C\"", "BYTEA", "TEXT", "SELECT nextval('%s')"),
    ORACLE("NUMBER(19)", "NUMBER(1)", "", "BLOB", "CLOB", "SELECT %s.NEXTVAL FROM DUAL");

    private final String bigint;
    private final String bool;
    private final String binaryCollation;
    private final String blob;
    private final String clob;
    private final String nextValue;

    /**
     * @param binaryCollation what makes a VARCHAR column compare byte by byte: H2 and Oracle (NLS_COMP
     *                        BINARY) do so by default, PostgreSQL only with the "C" collation, whatever
     *                        the database's default collation is (see docs/adr/0008-code-tables.md)
     * @param blob            a column of binary content read and written as a whole (PostgreSQL's BYTEA,
     *                        not its large objects; see docs/adr/0010-attachment-storage.md)
     * @param clob            a column of long text read and written as a whole (PostgreSQL's TEXT)
     */
    SqlDialect(String bigint, String bool, String binaryCollation, String blob, String clob, String nextValue) {
        this.bigint = bigint;
        this.bool = bool;
        this.binaryCollation = binaryCollation;
        this.blob = blob;
        this.clob = clob;
        this.nextValue = nextValue;
    }

    public Map<String, String> placeholders() {
        return Map.of("bigint", bigint, "boolean", bool, "binary_collation", binaryCollation, "blob", blob, "clob", clob);
    }

    /** The query that advances a sequence and returns its new value. */
    public String nextValueSql(String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a sequence name: " + sequence);
        }
        return String.format(nextValue, sequence);
    }

    /**
     * What brings the planner's statistics of a table up to date after a job wrote many rows into it,
     * or empty where the database needs no such step: PostgreSQL plans a query over a table that
     * autovacuum has not analysed yet (or never will: it can be switched off) as if it were nearly
     * empty, and a million-row anti-join planned that way does not end. Oracle samples an unanalysed
     * table when it plans (dynamic sampling), and its DBMS_STATS would commit the caller's transaction.
     */
    public Optional<String> refreshStatisticsSql(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return switch (this) {
            case POSTGRESQL -> Optional.of("ANALYZE " + table);
            case H2 -> Optional.of("ANALYZE TABLE " + table);
            case ORACLE -> Optional.empty();
        };
    }

    /** Picks the dialect from {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static SqlDialect fromProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("oracle")) {
            return ORACLE;
        }
        throw new IllegalStateException("Unsupported database: " + productName
                + " (supported: H2, PostgreSQL, Oracle)");
    }
}
