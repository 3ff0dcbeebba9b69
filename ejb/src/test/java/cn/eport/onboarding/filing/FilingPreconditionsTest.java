package cn.eport.onboarding.filing;

import cn.eport.onboarding.directory.CustomsEnterpriseRecords;
import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.ForexDeregistrationList;
import cn.eport.onboarding.directory.PendingFilings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A directory that cannot be reached never lets a filing through (F-21, F-31, F-41): the check says
 * which directory to try again later, and 申报 is refused with it, for an enterprise that has joined.
 */
class FilingPreconditionsTest {

    private static final String USCC = "91110108MA01ABCD5T";
    private static final DirectoryResult.Reason DOWN = DirectoryResult.Reason.CONNECTION_FAILED;

    private final PendingFilings nonePending = (uscc, system, kind) -> DirectoryResult.notFound();
    private final CustomsEnterpriseRecords customsRecordKnown = uscc -> DirectoryResult.found(
            new cn.eport.onboarding.directory.CustomsEnterpriseRecord(uscc, "示例", "1101960001", "0100", null));
    private final ForexDeregistrationList notDeregistered = uscc -> DirectoryResult.notFound();

    @Test
    void everyDirectoryAFilingAsksAnswersUnavailableNotClear() throws Exception {
        assertUnavailable(FilingKind.MOFCOM, Directory.PENDING_FILINGS,
                preconditions((uscc, system, kind) -> DirectoryResult.unavailable(Directory.PENDING_FILINGS, DOWN),
                        customsRecordKnown, notDeregistered));
        assertUnavailable(FilingKind.CUSTOMS, Directory.CUSTOMS_RECORDS,
                preconditions(nonePending, uscc -> DirectoryResult.unavailable(Directory.CUSTOMS_RECORDS, DOWN), notDeregistered));
        assertUnavailable(FilingKind.FOREX, Directory.FOREX_DEREGISTRATIONS,
                preconditions(nonePending, customsRecordKnown, uscc -> DirectoryResult.unavailable(Directory.FOREX_DEREGISTRATIONS, DOWN)));
    }

    @Test
    void withEveryDirectoryAnsweringAJoinedEnterpriseMayFileEachKind() throws Exception {
        FilingPreconditions all = preconditions(nonePending, customsRecordKnown, notDeregistered);
        for (FilingKind kind : FilingKind.values()) {
            assertTrue(all.check(kind, USCC).isClear(), kind.name());
        }
    }

    private static void assertUnavailable(FilingKind kind, Directory directory, FilingPreconditions preconditions) {
        FilingCheck check = preconditions.check(kind, USCC);
        assertFalse(check.isClear(), kind.name());
        assertEquals(new FilingCheck.Unavailable(directory), check, kind.name());
        FilingRefusedException refused = assertThrows(FilingRefusedException.class, () -> preconditions.require(kind, USCC));
        assertEquals(check, refused.check());
    }

    private static FilingPreconditions preconditions(PendingFilings pending, CustomsEnterpriseRecords customs,
                                                     ForexDeregistrationList deregistrations) throws Exception {
        FilingPreconditions p = new FilingPreconditions();
        inject(p, "em", joinedEnterprise());
        inject(p, "pendingFilings", pending);
        inject(p, "customsRecords", customs);
        inject(p, "forexDeregistrations", deregistrations);
        return p;
    }

    /** The one query the class makes itself: the count of approved 三证合一 records, here one. */
    private static EntityManager joinedEnterprise() {
        TypedQuery<?> count = (TypedQuery<?>) Proxy.newProxyInstance(FilingPreconditionsTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (query, method, args) -> switch (method.getName()) {
                    case "setParameter" -> query;
                    case "getSingleResult" -> 1L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(FilingPreconditionsTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (em, method, args) -> {
                    if (method.getName().equals("createQuery")) {
                        return count;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void inject(Object target, String field, Object value) throws Exception {
        Field f = FilingPreconditions.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
