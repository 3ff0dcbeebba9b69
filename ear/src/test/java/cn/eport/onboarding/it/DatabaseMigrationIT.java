package cn.eport.onboarding.it;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.persistence.SqlDialect;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flyway ran at deployment on the test run's fresh PostgreSQL database and built the schema. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DatabaseMigrationIT.class);
    }

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private DatabaseMigrator migrator;

    @Test
    void runsOnPostgresql() throws SQLException {
        assertEquals(SqlDialect.POSTGRESQL, migrator.dialect());
        try (Connection c = dataSource.getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
            assertTrue(c.getCatalog().startsWith("eport_it_"), "fresh database per run, got " + c.getCatalog());
        }
    }

    @Test
    void appliedEveryMigrationSuccessfully() throws SQLException {
        List<String> applied = query("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank");
        assertTrue(applied.containsAll(List.of("1", "2", "3", "4", "5", "6")), applied.toString());
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"));
    }

    @Test
    void entityTablesHaveVersionColumnsAndSequenceKeys() throws SQLException {
        List<String> versioned = query("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'version'
                  AND table_name <> 'flyway_schema_history' ORDER BY table_name""");
        assertTrue(versioned.containsAll(List.of("account", "audit_event", "code_entry", "enterprise", "enterprise_registration",
                "status_transition", "dir_registry_record")), versioned.toString());
        List<String> sequences = query("""
                SELECT sequence_name FROM information_schema.sequences
                WHERE sequence_schema = current_schema() AND increment = '50' ORDER BY sequence_name""");
        assertTrue(sequences.containsAll(List.of("account_seq", "audit_event_seq", "code_entry_seq", "dir_entry_seq", "enterprise_seq",
                "enterprise_registration_seq", "status_transition_seq")), sequences.toString());
        // the filing numbers' own sequences (商务部 备案登记表编号, 外汇登记编号) count by one and are no JPA keys
        assertEquals(List.of(), query("""
                SELECT sequence_name FROM information_schema.sequences
                WHERE sequence_schema = current_schema() AND increment <> '50'
                  AND NOT (sequence_name LIKE '%\\_no\\_seq' ESCAPE '\\' AND increment = '1')
                  AND sequence_name NOT LIKE '%instancedata\\_%' ESCAPE '\\'"""),
                "every key sequence matches allocationSize 50; only the sequences of official numbers (*_no_seq) count by one"
                        + " (the batch runtime's own tables, *instancedata_*, keep their own sequences: ADR 0021)");
        assertTrue(query("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema()"
                + " AND increment = '1'").containsAll(List.of("mofcom_filing_no_seq", "forex_reg_no_seq")));
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
