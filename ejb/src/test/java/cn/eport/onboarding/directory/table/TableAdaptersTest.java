package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.RegistryRecord;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table side without a database: rows hold records faithfully, failures become "unavailable". */
class TableAdaptersTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final String USCC = "91110108MA01ABCD5T";

    @Test
    void rowsGiveBackTheRecordsTheyWereMadeOf() {
        RegistryRecord registry = new RegistryRecord(USCC, "示例公司", "张伟", "1", "6", "1", new BigDecimal("12.5"),
                "WAN_YUAN", "地址", "北京市海淀区市场监督管理局", "110108", LocalDate.of(2016, 3, 18), "货物进出口");
        assertEquals(registry, new RegistryEntry(registry, NOW).toRecord());

        ForexEnterpriseRecord forex = new ForexEnterpriseRecord(USCC, "示例公司", "张伟", "110000");
        assertEquals(forex, new ForexEnterpriseEntry(forex, NOW).toRecord());

        ForexDeregistration dereg = new ForexDeregistration(USCC, "示例公司", LocalDate.of(2025, 6, 30), "注销", "110000");
        assertEquals(dereg, new ForexDeregistrationEntry(dereg, NOW).toRecord());

        CustomsEnterpriseRecord customs = new CustomsEnterpriseRecord(USCC, "示例公司", "1108960271", "0100", LocalDate.of(2016, 6, 2));
        assertEquals(customs, new CustomsRecordEntry(customs, NOW).toRecord());

        PendingFiling pending = new PendingFiling(USCC, FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM, LocalDate.of(2026, 9, 15), "BA1");
        PendingFilingEntry entry = new PendingFilingEntry(pending, NOW);
        assertEquals(pending, entry.toRecord());
        assertEquals(NOW, entry.getSyncedAt());
        assertEquals(USCC, entry.getUscc());
    }

    @Test
    void aRowOrNoRow() {
        assertEquals(DirectoryResult.found("row"), TableLookup.lookUp(Directory.REGISTRY, () -> Optional.of("row")));
        assertEquals(DirectoryResult.notFound(), TableLookup.lookUp(Directory.REGISTRY, Optional::empty));
    }

    @Test
    void aDatabaseFailureIsUnavailableNotAnException() {
        assertEquals(DirectoryResult.unavailable(Directory.CUSTOMS_RECORDS, DirectoryResult.Reason.DATABASE_ERROR),
                TableLookup.lookUp(Directory.CUSTOMS_RECORDS, () -> {
                    throw new PersistenceException("connection lost");
                }));
    }
}
