package cn.eport.onboarding.persistence;

import java.util.Locale;
import java.util.Map;

/**
 * The few column types that differ between the three supported databases. Migrations refer to
 * them as Flyway placeholders ({@code ${bigint}}, {@code ${boolean}}) and stay otherwise identical.
 */
public enum SqlDialect {
    H2("BIGINT", "BOOLEAN"),
    POSTGRESQL("BIGINT", "BOOLEAN"),
    ORACLE("NUMBER(19)", "NUMBER(1)");

    private final String bigint;
    private final String bool;

    SqlDialect(String bigint, String bool) {
        this.bigint = bigint;
        this.bool = bool;
    }

    public Map<String, String> placeholders() {
        return Map.of("bigint", bigint, "boolean", bool);
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
