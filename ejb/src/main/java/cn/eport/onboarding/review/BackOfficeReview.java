package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The decisions of the review back office (审核后台), applied by the job {@code review-reconcile}
 * through the one state machine as {@link Actor#BACK_OFFICE} (ADR 0022): like a reviewer's 审核通过 or
 * 退回 (the same transition, audit entry and approval event, so a filing gets its number), without
 * claiming first; a reviewer's claim on the application ends with the decision.
 * <p>
 * Always inside the caller's transaction (the job's chunk): its state changes commit or roll back
 * with the chunk's report lines and counts. Lookups take a whole chunk at a time, one query per kind.
 * No role check: the batch runtime runs jobs without a caller; only the job uses it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BackOfficeReview {

    /** Ids or USCCs per IN list: Oracle takes at most 1,000. */
    private static final int IN_LIST = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<ReviewSource> sources;

    @Inject
    private WorkflowService workflow;

    /** The applications of a kind with these ids that exist, managed, by id. */
    public Map<Long, Application> byIds(ApplicationKind kind, Collection<Long> ids) {
        return byParts(ids, source(kind)::findAll);
    }

    /** Every application of a kind of these enterprises, managed, oldest first within each enterprise. */
    public List<Application> ofEnterprises(ApplicationKind kind, Collection<String> usccs) {
        List<Application> found = new ArrayList<>();
        ReviewSource source = source(kind);
        for (List<String> part : parts(usccs)) {
            found.addAll(source.ofEnterprises(part));
        }
        return found;
    }

    /** The 编号 of those of these applications of a kind that exist, by id. */
    public Map<Long, String> numbers(ApplicationKind kind, Collection<Long> ids) {
        return byParts(ids, source(kind)::numbers);
    }

    private static <V> Map<Long, V> byParts(Collection<Long> ids, Function<List<Long>, Map<Long, V>> lookup) {
        Map<Long, V> found = new HashMap<>();
        for (List<Long> part : parts(ids)) {
            found.putAll(lookup.apply(part));
        }
        return found;
    }

    /**
     * 审核通过 or 退回 by the back office's reviewer. The caller checks first that the state machine
     * allows it ({@link ApplicationWorkflow#isAllowed} for {@link Actor#BACK_OFFICE}) and that a
     * return has its reason: a refusal here rolls the whole chunk back.
     *
     * @param reviewer the back office's reviewer as its file names them
     */
    public void decide(Application application, WorkflowAction action, String reviewer, String reason) {
        ApplicationWorkflow.next(application.getStatus(), action, Actor.BACK_OFFICE);
        String why = ApplicationWorkflow.requiresReason(action)
                ? ReviewRules.returnReason(application.kind(), application.getId(), reason) : null;
        workflow.apply(application, action, Actor.BACK_OFFICE, WorkflowService.backOfficeActor(reviewer), why);
    }

    /**
     * Ends the reviews of these applications of a kind that a reviewer had claimed: they were
     * decided by the back office. One statement for the chunk.
     */
    public void endReviews(ApplicationKind kind, Collection<Long> applicationIds) {
        for (List<Long> part : parts(applicationIds)) {
            em.createQuery("DELETE FROM ReviewAssignment a WHERE a.kind = :kind AND a.applicationId IN :ids")
                    .setParameter("kind", kind).setParameter("ids", part).executeUpdate();
        }
    }

    private ReviewSource source(ApplicationKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No review source for " + kind));
    }

    private static <T> List<List<T>> parts(Collection<T> values) {
        List<T> all = List.copyOf(new java.util.LinkedHashSet<>(values));
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            parts.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return parts;
    }
}
