package cn.eport.onboarding.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlDialectTest {

    @Test
    void recognisesTheThreeSupportedDatabases() {
        assertEquals(SqlDialect.H2, SqlDialect.fromProductName("H2"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromProductName("PostgreSQL"));
        assertEquals(SqlDialect.ORACLE, SqlDialect.fromProductName("Oracle"));
    }

    @Test
    void oracleHasNoBigint() {
        assertEquals("NUMBER(19)", SqlDialect.ORACLE.placeholders().get("bigint"));
        assertEquals("BIGINT", SqlDialect.POSTGRESQL.placeholders().get("bigint"));
    }

    @Test
    void onlyPostgresqlNeedsAnExplicitBinaryCollation() {
        assertEquals("COLLATE \"C\"", SqlDialect.POSTGRESQL.placeholders().get("binary_collation"));
        assertEquals("", SqlDialect.H2.placeholders().get("binary_collation"));
        assertEquals("", SqlDialect.ORACLE.placeholders().get("binary_collation"));
    }

    @Test
    void binaryContentIsByteaOnPostgresqlAndBlobElsewhere() {
        assertEquals("BYTEA", SqlDialect.POSTGRESQL.placeholders().get("blob"));
        assertEquals("BLOB", SqlDialect.H2.placeholders().get("blob"));
        assertEquals("BLOB", SqlDialect.ORACLE.placeholders().get("blob"));
    }

    @Test
    void longTextIsTextOnPostgresqlAndClobElsewhere() {
        assertEquals("TEXT", SqlDialect.POSTGRESQL.placeholders().get("clob"));
        assertEquals("CLOB", SqlDialect.H2.placeholders().get("clob"));
        assertEquals("CLOB", SqlDialect.ORACLE.placeholders().get("clob"));
    }

    @Test
    void sequenceValuesAreReadInEachDatabasesOwnSyntax() {
        assertEquals("SELECT NEXT VALUE FOR code_entry_seq", SqlDialect.H2.nextValueSql("code_entry_seq"));
        assertEquals("SELECT nextval('code_entry_seq')", SqlDialect.POSTGRESQL.nextValueSql("code_entry_seq"));
        assertEquals("SELECT code_entry_seq.NEXTVAL FROM DUAL", SqlDialect.ORACLE.nextValueSql("code_entry_seq"));
        assertThrows(IllegalArgumentException.class, () -> SqlDialect.POSTGRESQL.nextValueSql("x'); DROP TABLE y; --"));
    }

    @Test
    void refusesOtherDatabasesClearly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqlDialect.fromProductName("MySQL"));
        assertEquals("Unsupported database: MySQL (supported: H2, PostgreSQL, Oracle)", e.getMessage());
    }

    @Test
    void statisticsAreRefreshedWhereTheDatabaseNeedsIt() {
        assertEquals("ANALYZE batch_sync_seen", SqlDialect.POSTGRESQL.refreshStatisticsSql("batch_sync_seen").orElseThrow());
        assertEquals("ANALYZE TABLE batch_sync_seen", SqlDialect.H2.refreshStatisticsSql("batch_sync_seen").orElseThrow());
        assertTrue(SqlDialect.ORACLE.refreshStatisticsSql("batch_sync_seen").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SqlDialect.POSTGRESQL.refreshStatisticsSql("x; DROP TABLE y"));
    }
}
