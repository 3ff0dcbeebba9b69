package cn.eport.onboarding.persistence.oracle;

import cn.eport.onboarding.account.Account;
import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.codetable.CodeEntryWriter;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.customs.CustomsCodeCounters;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.EnterpriseRepository;
import cn.eport.onboarding.enterprise.RegistrationReviewSource;
import cn.eport.onboarding.enterprise.RegistrationStatusSource;
import cn.eport.onboarding.forex.ForexRegistrationNumber;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.persistence.SqlDialect;
import cn.eport.onboarding.review.QueueSelection;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema and the persistence unit as they would run on Oracle, as far as this machine allows
 * (docs/adr/0033-oracle-compatibility-evidence.md): every migration with the Oracle dialect's types on H2 in
 * Oracle compatibility mode (which, like Oracle, stores '' as NULL), then the entities through EclipseLink with
 * the Oracle 19 platform, so the SQL sent is the one Oracle would get (sequences read from DUAL, ROWNUM
 * paging, NUMBER(1) booleans). Not a substitute for Oracle itself: H2 accepts some SQL that Oracle refuses,
 * which {@link OracleIdentifierRulesTest} checks statically.
 */
class PersistenceOnH2OracleModeTest {

    private static final String URL = "jdbc:h2:mem:oracle-mode;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String USCC = "91110108MA01ABCD5T";
    private static final Instant NOW = Instant.parse("2026-12-06T08:30:15.123456Z");

    private static MigrateResult migration;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrateAndOpen() {
        migration = DatabaseMigrator.configured(Flyway.configure().dataSource(URL, "sa", ""), SqlDialect.ORACLE).load().migrate();
        factory = Persistence.createEntityManagerFactory("eport", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.target-database", "org.eclipse.persistence.platform.database.Oracle19Platform"));
    }

    @AfterAll
    static void close() throws SQLException {
        factory.close();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void everyMigrationRanWithTheOracleTypes() throws SQLException {
        assertTrue(migration.success);
        assertEquals(MigrationScripts.forOracle().statements().stream().map(MigrationScripts.Statement::script).distinct().count(),
                migration.migrationsExecuted, "every script");
        assertEquals("NUMERIC(19)", columnType("ACCOUNT", "ID"), "${bigint} is NUMBER(19)");
        assertEquals("NUMERIC(1)", columnType("BATCH_RUN", "ORPHANED"), "${boolean} is NUMBER(1)");
        assertEquals("BINARY LARGE OBJECT", columnType("ATTACHMENT_CONTENT", "CONTENT"), "${blob} is BLOB");
    }

    @Test
    void theDatabaseStoresTheEmptyStringAsNullLikeOracle() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CASE WHEN '' IS NULL THEN 1 ELSE 0 END FROM DUAL")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "H2's Oracle mode imitates Oracle's '' = NULL");
        }
    }

    @Test
    void theInitialCodeTablesLoadWithOraclesSequenceSql() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.setAutoCommit(false);
            InitialCodeData data = InitialCodeData.fromClasspath();
            int written = new CodeEntryWriter(SqlDialect.ORACLE).insert(c, data.entries(CodeTable.CUSTOMS_DISTRICT), LocalDate.of(2026, 12, 1));
            c.commit();
            assertEquals(data.entries(CodeTable.CUSTOMS_DISTRICT).size(), written);
            assertTrue(written > 0);
        }
    }

    @Test
    void everyEntityIsReadPageByPageWithTheOraclePlatformsSql() {
        inTransaction(em -> {
            assertEquals("Oracle19Platform", em.unwrap(org.eclipse.persistence.sessions.Session.class)
                    .getDatasourcePlatform().getClass().getSimpleName());
            assertTrue(em.getMetamodel().getEntities().size() >= 24, "entities found: " + em.getMetamodel().getEntities().size());
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                String name = entity.getName();
                long count = em.createQuery("SELECT COUNT(e) FROM " + name + " e", Long.class).getSingleResult();
                // a second page: EclipseLink writes Oracle's ROWNUM paging around a select of every mapped column
                em.createQuery("SELECT e FROM " + name + " e", entity.getJavaType()).setFirstResult(1).setMaxResults(5).getResultList();
                assertTrue(count >= 0, name);
            }
        });
    }

    @Test
    void accountsEnterprisesApplicationsAndAuditRoundTrip() {
        inTransaction(em -> {
            Enterprise enterprise = repository(new EnterpriseRepository(), em).add(new Enterprise(USCC, "满洲里口岸贸易有限公司", "张三", NOW));
            repository(new AccountRepository(), em).add(new Account("ent-oracle", "hash", "企业用户", EnumSet.of(Role.ENTERPRISE), enterprise, NOW));
            repository(new AccountRepository(), em).add(new Account("rev-oracle", "hash", "审核员", EnumSet.of(Role.REVIEWER), null, NOW));
            EnterpriseRegistration registration = new EnterpriseRegistration(enterprise, "token-1", NOW);
            registration.moveTo(ApplicationStatus.DECLARED, NOW.plusSeconds(60));
            em.persist(registration);
            em.persist(new AuditEvent(NOW, "ent-oracle", AuditAction.LOGIN_SUCCEEDED, "ACCOUNT", "ent-oracle", USCC, ""));
        });
        inTransaction(em -> {
            AccountRepository accounts = repository(new AccountRepository(), em);
            Account account = accounts.findByUsername("ent-oracle").orElseThrow();
            assertEquals(EnumSet.of(Role.ENTERPRISE), account.getRoles());
            assertEquals(NOW.truncatedTo(ChronoUnit.MICROS), account.getCreatedAt(), "TIMESTAMP keeps microseconds");
            assertEquals(USCC, accounts.enterpriseOf("ent-oracle").orElseThrow().getUscc());
            assertEquals("满洲里口岸贸易有限公司", repository(new EnterpriseRepository(), em).findByUscc(USCC).orElseThrow().getName());
            assertTrue(accounts.existsWithRole(Role.REVIEWER));
            assertFalse(accounts.existsWithRole(Role.ADMIN));
            assertEquals(1, accounts.countMatching("REV-"), "LIKE with ESCAPE, LOWER");
            assertEquals("rev-oracle", accounts.search("oracle", 1, 1).get(0).getUsername(), "second of two, by ROWNUM paging");

            EnterpriseRegistration registration = em.createQuery("SELECT r FROM EnterpriseRegistration r WHERE r.enterpriseUscc = :uscc",
                    EnterpriseRegistration.class).setParameter("uscc", USCC).getSingleResult();
            assertEquals(ApplicationStatus.DECLARED, registration.getStatus());
            assertNotNull(registration.getDeclaredAt());
            Object detail = em.createNativeQuery("SELECT detail FROM audit_event WHERE actor = 'ent-oracle'").getSingleResult();
            assertNull(detail, "an empty detail comes back as NULL, as on Oracle: code must not tell '' from null");
        });
    }

    @Test
    void theStatusQueryAndTheReviewQueueRunWithOraclesSql() {
        String uscc = "91310115MA1K4XYW7G";
        inTransaction(em -> {
            Enterprise enterprise = repository(new EnterpriseRepository(), em).add(new Enterprise(uscc, "二连浩特商贸有限公司", "李四", NOW));
            EnterpriseRegistration declared = new EnterpriseRegistration(enterprise, "token-2", NOW);
            declared.moveTo(ApplicationStatus.DECLARED, NOW.plusSeconds(60));
            em.persist(declared);
            EnterpriseRegistration draft = new EnterpriseRegistration(enterprise, "token-3", NOW);
            draft.moveTo(ApplicationStatus.DRAFT, NOW);
            em.persist(draft);
        });
        inTransaction(em -> {
            RegistrationStatusSource status = repository(new RegistrationStatusSource(), em);
            DateRange today = new DateRange(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6));
            assertEquals(2, status.count(uscc, StatusQuery.ALL));
            assertEquals(1, status.count(uscc, new StatusQuery(ApplicationStatus.DECLARED, today)), "status and 申报 date");
            assertEquals(1, status.list(uscc, StatusQuery.ALL, 1, 10).size(), "the second page");

            RegistrationReviewSource queue = repository(new RegistrationReviewSource(), em);
            QueueSelection waiting = new QueueSelection(Set.of(ApplicationStatus.DECLARED, ApplicationStatus.UNDER_REVIEW), null,
                    new ReviewQuery(null, null, today), null);
            assertTrue(queue.list(waiting, 0, 50).stream().anyMatch(item -> uscc.equals(item.enterpriseUscc())),
                    "the declared registration waits in the queue (LEFT JOIN ... ON the assignment)");
            assertEquals(queue.count(waiting), queue.list(waiting, 0, 50).size());
        });
    }

    @Test
    void officialNumbersComeFromOraclesSequenceAndCounterSql() {
        inTransaction(em -> {
            for (String sequence : List.of("mofcom_filing_no_seq", ForexRegistrationNumber.SEQUENCE)) {
                // the statement MofcomFilingNumbers and ForexRegistrationNumbers send on Oracle
                Number first = (Number) em.createNativeQuery(SqlDialect.ORACLE.nextValueSql(sequence)).getSingleResult();
                Number second = (Number) em.createNativeQuery(SqlDialect.ORACLE.nextValueSql(sequence)).getSingleResult();
                assertEquals(first.longValue() + 1, second.longValue(), sequence + " counts by one");
            }
            CustomsCodeCounters counters = repository(new CustomsCodeCounters(), em);
            counters.open("150101");
            assertEquals(OptionalInt.of(1), counters.next("150101"), "海关注册编码 counter");
            assertEquals(OptionalInt.of(2), counters.next("150101"));
        });
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * A repository or query source outside the container: its {@code @PersistenceContext} field (its own or its
     * superclass's) set to a plain entity manager.
     */
    private static <R> R repository(R repository, EntityManager em) {
        for (Class<?> type = repository.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("em");
                field.setAccessible(true);
                field.set(repository, em);
                return repository;
            } catch (NoSuchFieldException notHere) {
                // the field is declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no entity manager field in " + repository.getClass());
    }

    private static String columnType(String table, String column) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATA_TYPE, NUMERIC_PRECISION FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + column + "'")) {
            assertTrue(rs.next(), table + "." + column);
            return rs.getString(2) == null ? rs.getString(1) : rs.getString(1) + "(" + rs.getInt(2) + ")";
        }
    }
}
