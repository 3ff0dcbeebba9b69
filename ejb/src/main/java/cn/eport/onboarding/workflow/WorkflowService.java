package cn.eport.onboarding.workflow;

import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditDetails;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.validation.TextInput;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the state machine to stored applications: checks the action, moves the status, and
 * records the transition (and an audit entry) in the same transaction.
 */
@Stateless
public class WorkflowService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ApplicationApproved> approved;

    /** The actor name recorded for what the system does by itself (automatic approval, F-22/F-42). */
    public static final String SYSTEM_ACTOR = "(system)";

    /**
     * What the actor recorded for a decision of the review back office starts with, followed by the
     * back office's reviewer as its file names them (no account of the product).
     */
    public static final String BACK_OFFICE_ACTOR_PREFIX = "(back-office) ";

    /** The actor recorded for a decision of the back office's reviewer (at most 64 characters, as the column). */
    public static String backOfficeActor(String reviewer) {
        String actor = BACK_OFFICE_ACTOR_PREFIX + reviewer.strip();
        return actor.length() <= 64 ? actor : actor.substring(0, 64);
    }

    /**
     * Takes the action on the application. A new application (no id yet) is stored by its first
     * action (暂存 or 申报).
     *
     * @return the new status; empty when the action removed the application (the caller deletes it)
     * @throws IllegalTransitionException when the state machine does not allow it
     * @throws IllegalArgumentException when a reason is required and missing
     */
    public Optional<ApplicationStatus> apply(Application application, WorkflowAction action, Actor actor,
                                             String actorName, String reason) {
        ApplicationStatus from = application.getStatus();
        Optional<ApplicationStatus> next = ApplicationWorkflow.next(from, action, actor);
        String why = TextInput.strippedOrNull(reason);
        if (ApplicationWorkflow.requiresReason(action) && why == null) {
            throw new IllegalArgumentException(action + " needs a reason");
        }
        Instant now = clock.instant();
        next.ifPresent(to -> {
            if (to != from) {
                application.moveTo(to, now);
                if (application.getId() == null) {
                    em.persist(application);
                }
                em.persist(new StatusTransition(application, from, to, action, actorName, why, now));
                audit.record(actorName, AuditAction.TRANSITION, application.kind().name(), String.valueOf(application.getId()),
                        application.getEnterpriseUscc(), AuditDetails.transition(action, from, to, why));
                if (to == ApplicationStatus.APPROVED) {
                    approved.fire(new ApplicationApproved(application, actor, now));
                }
            }
        });
        return next;
    }

    /**
     * The recorded transitions of an application, oldest first, each with the display name of the
     * account that made it: one query, whatever the number of entries.
     */
    public List<HistoryEntry> history(ApplicationKind kind, Long applicationId) {
        return em.createQuery("SELECT t, a.displayName FROM StatusTransition t LEFT JOIN Account a ON a.username = t.actor"
                        + " WHERE t.kind = :kind AND t.applicationId = :id ORDER BY t.occurredAt, t.id", Object[].class)
                .setParameter("kind", kind).setParameter("id", applicationId)
                .getResultStream().map(row -> HistoryEntry.of((StatusTransition) row[0], (String) row[1])).toList();
    }

    /** The reason of the latest return of each of these applications of one enterprise that was ever returned. */
    public Map<Long, String> latestReturnReasons(ApplicationKind kind, String enterpriseUscc, Collection<Long> applicationIds) {
        Map<Long, String> reasons = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return reasons;
        }
        // oldest first, so that each application's latest return is the one kept
        em.createQuery("SELECT t.applicationId, t.reason FROM StatusTransition t WHERE t.kind = :kind AND t.enterpriseUscc = :uscc"
                        + " AND t.applicationId IN :ids AND t.action = :action ORDER BY t.occurredAt, t.id", Object[].class)
                .setParameter("kind", kind).setParameter("uscc", enterpriseUscc).setParameter("ids", applicationIds)
                .setParameter("action", WorkflowAction.RETURN)
                .getResultStream().forEach(row -> reasons.put((Long) row[0], (String) row[1]));
        return reasons;
    }

    /** The reason of the latest return, if the application was ever returned. */
    public Optional<String> latestReturnReason(ApplicationKind kind, Long applicationId) {
        return em.createQuery("SELECT t.reason FROM StatusTransition t WHERE t.kind = :kind AND t.applicationId = :id"
                        + " AND t.action = :action ORDER BY t.occurredAt DESC, t.id DESC", String.class)
                .setParameter("kind", kind).setParameter("id", applicationId).setParameter("action", WorkflowAction.RETURN)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
