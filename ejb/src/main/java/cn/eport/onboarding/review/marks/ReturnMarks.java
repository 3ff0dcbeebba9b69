package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.review.EnterpriseApplications;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewer's marks as the enterprise sees them, for every application kind, scoped to the
 * caller's enterprise: the open marks of one of its applications (its form and view pages) and the
 * number of open marks of each of its applications (task list, status query: one query for a list).
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class ReturnMarks {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ReturnMarkStore store;

    @Inject
    private EnterpriseApplications applications;

    /**
     * The open marks of one of the caller's applications, fields first.
     *
     * @throws ApplicationNotFoundException for an id that does not exist or belongs to another enterprise (audited)
     */
    public List<OpenMark> open(ApplicationKind kind, Long id) {
        Application application = own(kind, id);
        List<ReturnMark> open = store.open(kind, id);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, DeclaredField> fields = store.fieldsOf(application);
        return open.stream().map(m -> new OpenMark(m.getId(), m.getField(),
                Optional.ofNullable(m.getField()).map(fields::get).map(DeclaredField::labelKey).orElse(null),
                m.getAttachmentId(), m.getDocumentType(), m.getFileName(), m.getNote(), m.getCreatedAt())).toList();
    }

    /** How many open marks each of the caller's enterprise's applications has (those with none are absent): one query. */
    public Map<MarkedApplication, Long> openCounts() {
        Map<MarkedApplication, Long> counts = new HashMap<>();
        String uscc = callerUscc();
        if (uscc == null) {
            return counts;
        }
        em.createQuery("SELECT m.kind, m.applicationId, COUNT(m) FROM ReturnMark m WHERE m.enterpriseUscc = :uscc"
                        + " AND m.clearedAt IS NULL GROUP BY m.kind, m.applicationId", Object[].class)
                .setParameter("uscc", uscc).getResultStream()
                .forEach(row -> counts.put(new MarkedApplication((ApplicationKind) row[0], (Long) row[1]), (Long) row[2]));
        return counts;
    }

    private Application own(ApplicationKind kind, Long id) {
        return applications.own(kind, id, callerUscc());
    }

    private String callerUscc() {
        return accounts.enterpriseOf(session.getCallerPrincipal().getName()).map(Enterprise::getUscc).orElse(null);
    }
}
