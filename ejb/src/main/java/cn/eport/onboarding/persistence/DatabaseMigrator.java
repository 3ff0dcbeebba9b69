package cn.eport.onboarding.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at deployment, before anything else touches the database.
 * The versioned scripts in {@code db/migration} are the only source of the schema.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    /** The one application datasource; see docs/adr/0002-datasource-jndi.md. */
    public static final String DATASOURCE = "jdbc/eport";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private SqlDialect dialect;

    @PostConstruct
    void migrate() {
        dialect = detectDialect();
        MigrateResult result = configured(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource), dialect)
                .load()
                .migrate();
        LOG.info(() -> "Database " + dialect + " at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The product's migration settings: the scripts, the dialect's placeholders, and out-of-order
     * migrations allowed, so a script numbered below the database's version that it has not run yet
     * (V15 on a database migrated to V16 before V15 existed) runs instead of stopping the deployment
     * (docs/adr/0004-migrations.md, addendum).
     */
    public static FluentConfiguration configured(FluentConfiguration configuration, SqlDialect dialect) {
        return configuration.locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .outOfOrder(true);
    }

    public SqlDialect dialect() {
        return dialect;
    }

    private SqlDialect detectDialect() {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the datasource " + DATASOURCE, e);
        }
    }
}
