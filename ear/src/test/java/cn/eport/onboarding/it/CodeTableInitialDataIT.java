package cn.eport.onboarding.it;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeNameGrams;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableInitializer;
import cn.eport.onboarding.codetable.CodeTableService;
import cn.eport.onboarding.codetable.data.InitialCodeData;
import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-2 initial data: the first start of the run's fresh PostgreSQL database loaded the code tables
 * the product ships, with the counts the derivation rules give (docs/adr/0008-code-tables.md).
 */
@ExtendWith(ArquillianExtension.class)
class CodeTableInitialDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CodeTableInitialDataIT.class);
    }

    @Inject
    private CodeTableService codeTables;

    @Inject
    private CodeTableInitializer initializer;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Test
    void everyTableHoldsTheShippedEntries() {
        Map<CodeTable, Long> counts = codeTables.countByTable();
        assertEquals(71L, counts.get(CodeTable.CUSTOMS_DISTRICT));
        assertEquals(3338L, counts.get(CodeTable.BUSINESS_REGISTRATION_AUTHORITY), "31 provinces + 333 cities + 2974 counties");
        assertEquals(3338L, counts.get(CodeTable.QUALITY_SUPERVISION_AUTHORITY));
        assertEquals(3338L, counts.get(CodeTable.MOFCOM_AUTHORITY));
        assertEquals(3339L, counts.get(CodeTable.TAX_AUTHORITY), "and the State Taxation Administration");
        assertEquals(364L, counts.get(CodeTable.FOREX_BUREAU), "provinces and cities");
        assertEquals(9L, counts.get(CodeTable.ENTERPRISE_TYPE));
        assertEquals(8L, counts.get(CodeTable.ID_TYPE), "with the residence permits 237 and 238");
        assertEquals(17_192L, counts.values().stream().mapToLong(Long::longValue).sum());

        InitialCodeData shipped = InitialCodeData.fromClasspath();
        Map<CodeTable, Long> expected = new EnumMap<>(CodeTable.class);
        for (CodeTable table : CodeTable.values()) {
            expected.put(table, (long) shipped.entries(table).size());
        }
        assertEquals(expected, counts, "every table exactly as shipped");
    }

    @Test
    void entriesCarryTheirDerivedNamesParentsAndCardIssuers() {
        CodeEntry tianjin = codeTables.findActive(CodeTable.CUSTOMS_DISTRICT, "0201").orElseThrow();
        assertEquals("天津海关", tianjin.getNameZh());
        assertEquals("0200", tianjin.getParentCode());
        assertEquals("0200", tianjin.getCardIssuerCode());
        assertEquals("天津数据分中心", tianjin.getCardIssuerName());
        assertEquals(codeTables.today(), tianjin.getValidFrom(), "valid from the day of the first start");
        assertEquals(null, tianjin.getValidTo());

        assertEquals("国家税务总局烟台市税务局", codeTables.findActive(CodeTable.TAX_AUTHORITY, "13706000000").orElseThrow().getNameZh());
        assertEquals("国家外汇管理局烟台市中心支局", codeTables.findActive(CodeTable.FOREX_BUREAU, "370600").orElseThrow().getNameZh());
        assertEquals("北京市东城区市场监督管理局",
                codeTables.findActive(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "110101").orElseThrow().getNameZh());
        assertEquals("北京市商务局", codeTables.findActive(CodeTable.MOFCOM_AUTHORITY, "110000").orElseThrow().getNameZh());
        assertEquals(Optional.empty(), codeTables.findActive(CodeTable.BUSINESS_REGISTRATION_AUTHORITY, "110100"),
                "no authority for the municipality's 市辖区 row");
        assertEquals("Other (specify)", codeTables.findActive(CodeTable.ENTERPRISE_TYPE, "9").orElseThrow().getNameEn());
    }

    /** The loader wrote the name grams of every shipped entry with it (code_name_gram, CodeNameGrams). */
    @Test
    void theFirstStartWroteTheNameGramsOfEveryEntry() throws SQLException {
        InitialCodeData shipped = InitialCodeData.fromClasspath();
        Map<CodeTable, Long> expected = new EnumMap<>(CodeTable.class);
        for (CodeTable table : CodeTable.values()) {
            long grams = shipped.entries(table).stream().mapToLong(e -> CodeNameGrams.of(table, e.nameZh()).size()).sum();
            expected.put(table, grams);
        }
        Map<CodeTable, Long> stored = new EnumMap<>(CodeTable.class);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT table_name, COUNT(*) FROM code_name_gram GROUP BY table_name")) {
            while (rows.next()) {
                stored.put(CodeTable.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        assertEquals(expected, stored);
        assertEquals(Map.of(), initializer.addMissingNameGrams(), "no table lacks its grams");
    }

    @Test
    void theNextStartLoadsNothing() {
        Map<CodeTable, Long> before = codeTables.countByTable();
        CodeTableInitializer.LoadReport report = initializer.loadMissingEntries();
        assertEquals(Map.of(), report.loaded());
        assertEquals(before, codeTables.countByTable());
    }

    /**
     * A database loaded by an earlier release, whose ID_TYPE table lacks the residence permits 237
     * and 238: the next start adds them (with their name grams) and leaves the others as they are.
     */
    @Test
    void theNextStartAddsTheCodesALaterReleaseShips() throws SQLException {
        String renamed = "居民身份证（改名）";
        try (Connection c = dataSource.getConnection()) {
            execute(c, "DELETE FROM code_name_gram WHERE table_name = 'ID_TYPE' AND code IN ('237', '238')");
            execute(c, "DELETE FROM code_entry WHERE table_name = 'ID_TYPE' AND code IN ('237', '238')");
            execute(c, "UPDATE code_entry SET name_zh = '" + renamed + "' WHERE table_name = 'ID_TYPE' AND code = '201'");
        }
        try {
            CodeTableInitializer.LoadReport report = initializer.loadMissingEntries();

            assertEquals(Map.of(CodeTable.ID_TYPE, 2), report.loaded());
            assertEquals("中华人民共和国港澳居民居住证", codeTables.findActive(CodeTable.ID_TYPE, "237").orElseThrow().getNameZh());
            assertEquals("中华人民共和国台湾居民居住证", codeTables.findActive(CodeTable.ID_TYPE, "238").orElseThrow().getNameZh());
            assertEquals(renamed, codeTables.findActive(CodeTable.ID_TYPE, "201").orElseThrow().getNameZh(),
                    "an entry that is there stays as it is");
            assertEquals(Map.of(), initializer.loadMissingEntries().loaded());
        } finally {
            try (Connection c = dataSource.getConnection()) {
                execute(c, "UPDATE code_entry SET name_zh = '居民身份证' WHERE table_name = 'ID_TYPE' AND code = '201'");
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void codesCompareByteByByteSoThePrefixSearchUsesTheUniqueIndex() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("""
                    SELECT collation_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'code_entry' AND column_name = 'code'""")) {
                rows.next();
                assertEquals("C", rows.getString(1));
            }
            // On a table this small the planner may pick any plan; take the scans that ignore the
            // index away to see whether the index can serve the search (bench/ shows the choice on 44k rows).
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = off");
                s.execute("SET LOCAL enable_bitmapscan = off");
            }
            try (PreparedStatement explain = c.prepareStatement("""
                    EXPLAIN SELECT code, name_zh FROM code_entry
                    WHERE table_name = 'TAX_AUTHORITY' AND code >= '1370' AND code < '1371' AND code LIKE '1370%'
                    ORDER BY code FETCH FIRST 20 ROWS ONLY""");
                 ResultSet rows = explain.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
                assertTrue(plan.toString().contains("Index Scan using uq_code_entry_table_code"), plan.toString());
                assertTrue(plan.toString().contains("(code)::text >= '1370'::text"), plan.toString());
                assertTrue(!plan.toString().contains("Sort"), "the index gives the code order: " + plan);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
