package cn.eport.onboarding.codetable;

import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Adds the entries the product ships ({@link InitialCodeData}) that a code table has never held, at
 * deployment, right after the migrations: every entry of an empty table (the first start, or a table
 * added by a later release), and a code a later release ships into a table that has entries (ID
 * types 237/238). Entries already there are left as they are, whatever their name or validity (the
 * nightly sync owns them; a code it retired stays retired), so restarts load nothing. Each table is
 * loaded in a transaction of its own; when several servers start at once and another one
 * loaded a table first, the unique key refuses the second load and this server moves on.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class CodeTableInitializer {

    private static final Logger LOG = Logger.getLogger(CodeTableInitializer.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private Clock clock;

    /** What one run loaded: entries per table that was empty, and how long it took. */
    public record LoadReport(Map<CodeTable, Integer> loaded, long millis) {
        public int total() {
            return loaded.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @PostConstruct
    void atDeployment() {
        loadMissingEntries();
        addMissingNameGrams();
    }

    /**
     * Builds the name grams ({@code code_name_gram}, migration V6) of every table that has entries but
     * no grams: the tables of a database loaded before V6. One transaction per table; returns the
     * tables done. A later start finds the grams and does nothing.
     */
    public Map<CodeTable, Integer> addMissingNameGrams() {
        long started = System.nanoTime();
        Map<CodeTable, Integer> built = new EnumMap<>(CodeTable.class);
        for (CodeTable table : CodeTable.values()) {
            try {
                transaction.begin();
                try (Connection connection = dataSource.getConnection()) {
                    if (CodeEntryWriter.lacksGrams(connection, table)) {
                        built.put(table, CodeEntryWriter.rebuildGrams(connection, table));
                    }
                }
                transaction.commit();
            } catch (Exception e) {
                rollback();
                if (!lacksGrams(table)) {
                    LOG.log(Level.INFO, "The name grams of code table {0} were built by another server meanwhile", table);
                    continue;
                }
                throw new IllegalStateException("Building the name grams of code table " + table + " failed", e);
            }
        }
        if (!built.isEmpty()) {
            LOG.info(() -> "Code tables: name grams built for the entries of " + built + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return built;
    }

    public LoadReport loadMissingEntries() {
        long started = System.nanoTime();
        Map<CodeTable, Integer> loaded = new EnumMap<>(CodeTable.class);
        InitialCodeData data = InitialCodeData.fromClasspath();
        LocalDate validFrom = BusinessCalendar.today(clock);
        CodeEntryWriter writer = new CodeEntryWriter(migrator.dialect());
        for (CodeTable table : CodeTable.values()) {
            int written = load(table, data, writer, validFrom);
            if (written > 0) {
                loaded.put(table, written);
            }
        }
        LoadReport report = new LoadReport(loaded, (System.nanoTime() - started) / 1_000_000);
        if (loaded.isEmpty()) {
            LOG.info(() -> "Code tables: every shipped entry is there, nothing loaded (" + report.millis() + " ms)");
        } else {
            LOG.info(() -> "Code tables: loaded " + report.total() + " shipped entries into " + loaded.size() + " tables in "
                    + report.millis() + " ms: " + loaded.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        return report;
    }

    /** Loads the shipped entries a table lacks in a transaction of its own; returns the entries written. */
    private int load(CodeTable table, InitialCodeData data, CodeEntryWriter writer, LocalDate validFrom) {
        try {
            transaction.begin();
            int written;
            try (Connection connection = dataSource.getConnection()) {
                List<NewCodeEntry> missing = missing(connection, table, data);
                written = missing.isEmpty() ? 0 : writer.insert(connection, missing, validFrom);
            }
            transaction.commit();
            return written;
        } catch (Exception e) {
            rollback();
            if (lacksNothing(table, data)) {
                LOG.log(Level.INFO, "Code table {0} was loaded by another server meanwhile", table);
                return 0;
            }
            throw new IllegalStateException("Loading the shipped entries of code table " + table + " failed", e);
        }
    }

    private static List<NewCodeEntry> missing(Connection connection, CodeTable table, InitialCodeData data) throws SQLException {
        Set<String> present = CodeEntryWriter.codes(connection, table);
        return data.entries(table).stream().filter(entry -> !present.contains(entry.code())).toList();
    }

    private boolean lacksNothing(CodeTable table, InitialCodeData data) {
        try (Connection connection = dataSource.getConnection()) {
            return missing(connection, table, data).isEmpty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the codes of " + table, e);
        }
    }

    private boolean lacksGrams(CodeTable table) {
        try (Connection connection = dataSource.getConnection()) {
            return CodeEntryWriter.lacksGrams(connection, table);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for the name grams of " + table, e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback of a code table load failed", e);
        }
    }
}
