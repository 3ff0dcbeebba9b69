package cn.eport.onboarding.filing;

import cn.eport.onboarding.directory.CustomsEnterpriseRecords;
import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.directory.ForexDeregistrationList;
import cn.eport.onboarding.directory.PendingFiling;
import cn.eport.onboarding.directory.PendingFilings;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The preconditions of the three filings, in the manual's order (F-21, F-31, F-41): checked when a
 * filing's page opens and again on the server at 申报. The first one that fails is the answer; a
 * directory that cannot be reached answers {@link FilingCheck.Unavailable}, never "clear".
 */
@Stateless
@LocalBean
public class FilingPreconditions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PendingFilings pendingFilings;

    @Inject
    private CustomsEnterpriseRecords customsRecords;

    @Inject
    private ForexDeregistrationList forexDeregistrations;

    public FilingCheck check(FilingKind kind, String uscc) {
        return switch (kind) {
            // 只有在本系统先完成三证合一录入; 老系统有未完成的三级审核备案
            case MOFCOM -> firstOf(registration(uscc), () -> pending(uscc, FilingSystem.OLD_SYSTEM, kind,
                    FilingObstacle.OLD_SYSTEM_FILING_PENDING));
            // RA系统中有未完成的海关备案; 三证合一系统中没有入网; 查询不到海关企管备案信息
            case CUSTOMS -> firstOf(registration(uscc),
                    () -> pending(uscc, FilingSystem.RA_SYSTEM, kind, FilingObstacle.RA_SYSTEM_FILING_PENDING),
                    () -> customsRecord(uscc));
            // 外汇注销名录; 未在三证合一系统中进行入网; 老系统中有未完成的备案
            case FOREX -> firstOf(forexDeregistration(uscc), () -> registration(uscc),
                    () -> pending(uscc, FilingSystem.OLD_SYSTEM, kind, FilingObstacle.OLD_SYSTEM_FILING_PENDING));
        };
    }

    /** The check, and the refusal to throw at 申报 when it is not clear. */
    public void require(FilingKind kind, String uscc) {
        FilingCheck check = check(kind, uscc);
        if (!check.isClear()) {
            throw new FilingRefusedException(check);
        }
    }

    @SafeVarargs
    private static FilingCheck firstOf(FilingCheck first, java.util.function.Supplier<FilingCheck>... next) {
        FilingCheck check = first;
        for (int i = 0; check.isClear() && i < next.length; i++) {
            check = next[i].get();
        }
        return check;
    }

    /** Joined through 三证合一: an approved record in this system. */
    private FilingCheck registration(String uscc) {
        long approved = em.createQuery("SELECT COUNT(r) FROM EnterpriseRegistration r"
                        + " WHERE r.enterpriseUscc = :uscc AND r.status = :approved", Long.class)
                .setParameter("uscc", uscc).setParameter("approved", ApplicationStatus.APPROVED).getSingleResult();
        return approved > 0 ? FilingCheck.clear() : FilingCheck.blocked(FilingObstacle.NO_REGISTRATION);
    }

    private FilingCheck pending(String uscc, FilingSystem system, FilingKind kind, FilingObstacle obstacle) {
        DirectoryResult<PendingFiling> result = pendingFilings.find(uscc, system, kind);
        if (result instanceof DirectoryResult.Unavailable<PendingFiling> unavailable) {
            return new FilingCheck.Unavailable(unavailable.directory());
        }
        return result.recordIfFound()
                .map(p -> FilingCheck.blocked(obstacle, p.reference() == null ? "" : p.reference(), p.since()))
                .orElseGet(FilingCheck::clear);
    }

    private FilingCheck customsRecord(String uscc) {
        var result = customsRecords.find(uscc);
        if (result instanceof DirectoryResult.Unavailable<?> unavailable) {
            return new FilingCheck.Unavailable(unavailable.directory());
        }
        return result.isFound() ? FilingCheck.clear() : FilingCheck.blocked(FilingObstacle.NO_CUSTOMS_RECORD);
    }

    private FilingCheck forexDeregistration(String uscc) {
        var result = forexDeregistrations.find(uscc);
        if (result instanceof DirectoryResult.Unavailable<?> unavailable) {
            return new FilingCheck.Unavailable(unavailable.directory());
        }
        return result.recordIfFound().map(d -> FilingCheck.blocked(FilingObstacle.FOREX_DEREGISTERED))
                .orElseGet(FilingCheck::clear);
    }
}
