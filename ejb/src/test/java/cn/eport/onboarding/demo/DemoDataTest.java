package cn.eport.onboarding.demo;

import cn.eport.onboarding.account.Role;
import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistration;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.RegistryRecord;
import cn.eport.onboarding.validation.UsccValidator;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    private static final Map<String, String> USCC_OF = DemoData.ACCOUNTS.stream()
            .filter(a -> a.enterpriseUscc() != null)
            .collect(Collectors.toMap(DemoData.DemoAccount::username, DemoData.DemoAccount::enterpriseUscc));

    private static <T> Set<String> usccs(List<T> records, Function<T, String> uscc) {
        return records.stream().map(uscc).collect(Collectors.toSet());
    }

    @Test
    void sixEnterprisesWithDistinctValidUsccs() {
        assertEquals(6, DemoData.ENTERPRISES.size());
        DemoData.ENTERPRISES.forEach(e -> assertTrue(UsccValidator.isValid(e.uscc()), e.uscc()));
        assertEquals(6, usccs(DemoData.ENTERPRISES, DemoData.DemoEnterprise::uscc).size());
    }

    @Test
    void atLeastOneAccountPerRole() {
        assertEquals(EnumSet.allOf(Role.class),
                DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::role).collect(Collectors.toSet()));
    }

    @Test
    void enterpriseAccountsPointAtDemoEnterprisesOthersAtNone() {
        var usccs = usccs(DemoData.ENTERPRISES, DemoData.DemoEnterprise::uscc);
        for (DemoData.DemoAccount a : DemoData.ACCOUNTS) {
            if (a.role() == Role.ENTERPRISE) {
                assertTrue(usccs.contains(a.enterpriseUscc()), a.username());
                assertNotNull(a.scenario(), a.username() + " says what to try with it");
            } else {
                assertEquals(null, a.enterpriseUscc(), a.username());
            }
        }
        assertEquals(usccs, Set.copyOf(USCC_OF.values()), "one account per demo enterprise");
    }

    @Test
    void directoryEntriesBelongToDemoEnterprisesOnceEach() {
        var enterprises = usccs(DemoData.ENTERPRISES, DemoData.DemoEnterprise::uscc);
        assertUniqueDemoUsccs(enterprises, DemoData.REGISTRY_RECORDS, RegistryRecord::uscc);
        assertUniqueDemoUsccs(enterprises, DemoData.FOREX_ENTERPRISES, ForexEnterpriseRecord::uscc);
        assertUniqueDemoUsccs(enterprises, DemoData.FOREX_DEREGISTRATIONS, ForexDeregistration::uscc);
        assertUniqueDemoUsccs(enterprises, DemoData.CUSTOMS_RECORDS, CustomsEnterpriseRecord::uscc);
        assertTrue(enterprises.containsAll(usccs(DemoData.PENDING_FILINGS, PendingFiling::uscc)));
        assertEquals(DemoData.PENDING_FILINGS.size(), DemoData.PENDING_FILINGS.stream()
                .map(p -> List.of(p.uscc(), p.system(), p.kind())).distinct().count(), "one per enterprise, system and kind");
        for (RegistryRecord r : DemoData.REGISTRY_RECORDS) {
            DemoData.DemoEnterprise e = DemoData.ENTERPRISES.stream().filter(x -> x.uscc().equals(r.uscc())).findFirst().orElseThrow();
            assertEquals(e.name(), r.enterpriseName(), "registry name = account's enterprise name");
            assertEquals(e.legalPerson(), r.legalPersonName());
        }
    }

    private static <T> void assertUniqueDemoUsccs(Set<String> enterprises, List<T> records, Function<T, String> uscc) {
        assertTrue(enterprises.containsAll(usccs(records, uscc)));
        assertEquals(records.size(), usccs(records, uscc).size());
    }

    @Test
    void entAIsKnownEverywhereWithCompleteBackFillData() {
        RegistryRecord a = registry("ent-a");
        assertEquals(RegistryRecord.STATUS_ACTIVE, a.statusCode());
        for (Object field : new Object[]{a.legalPersonName(), a.legalPersonTypeCode(), a.enterpriseTypeCode(),
                a.registeredCapital(), a.capitalUnitCode(), a.address(), a.issuingAuthorityName(),
                a.registrationAuthorityCode(), a.establishedOn(), a.businessScope()}) {
            assertNotNull(field, "every back-fill field of ent-a is there");
        }
        assertEquals(USCC_OF.get("ent-a"), "91110108MA01ABCD5T");
        ForexEnterpriseRecord forex = DemoData.FOREX_ENTERPRISES.stream()
                .filter(f -> f.uscc().equals(USCC_OF.get("ent-a"))).findFirst().orElseThrow();
        assertEquals(List.of(a.enterpriseName(), a.legalPersonName()), List.of(forex.enterpriseName(), forex.legalPersonName()),
                "the forex directory matches (F-42)");
        assertTrue(usccs(DemoData.CUSTOMS_RECORDS, CustomsEnterpriseRecord::uscc).contains(USCC_OF.get("ent-a")));
    }

    @Test
    void eachScenarioAccountHasExactlyItsOwnObstacle() {
        assertFalse(usccs(DemoData.REGISTRY_RECORDS, RegistryRecord::uscc).contains(USCC_OF.get("ent-b")));
        assertFalse(usccs(DemoData.FOREX_ENTERPRISES, ForexEnterpriseRecord::uscc).contains(USCC_OF.get("ent-b")));

        assertEquals(Set.of(USCC_OF.get("ent-cancelled")), DemoData.REGISTRY_RECORDS.stream()
                .filter(RegistryRecord::deregisteredOrRevoked).map(RegistryRecord::uscc).collect(Collectors.toSet()));
        assertEquals(RegistryRecord.STATUS_DEREGISTERED, registry("ent-cancelled").statusCode());

        assertEquals(Set.of(USCC_OF.get("ent-forex-dereg")), usccs(DemoData.FOREX_DEREGISTRATIONS, ForexDeregistration::uscc));

        assertEquals(Set.of(USCC_OF.get("ent-pending")), usccs(DemoData.PENDING_FILINGS, PendingFiling::uscc));
        assertEquals(Set.of(List.of(FilingSystem.OLD_SYSTEM, FilingKind.MOFCOM), List.of(FilingSystem.OLD_SYSTEM, FilingKind.FOREX),
                        List.of(FilingSystem.RA_SYSTEM, FilingKind.CUSTOMS)),
                DemoData.PENDING_FILINGS.stream().map(p -> List.<Object>of(p.system(), p.kind())).collect(Collectors.toSet()));

        Set<String> withoutCustomsRecord = new java.util.HashSet<>(USCC_OF.values());
        withoutCustomsRecord.removeAll(usccs(DemoData.CUSTOMS_RECORDS, CustomsEnterpriseRecord::uscc));
        assertEquals(Set.of(USCC_OF.get("ent-no-customs")), withoutCustomsRecord);

        for (String scenario : List.of("ent-forex-dereg", "ent-pending", "ent-no-customs")) {
            assertEquals(RegistryRecord.STATUS_ACTIVE, registry(scenario).statusCode(), scenario + " is otherwise normal");
        }
    }

    private static RegistryRecord registry(String username) {
        return DemoData.REGISTRY_RECORDS.stream().filter(r -> r.uscc().equals(USCC_OF.get(username))).findFirst().orElseThrow();
    }
}
