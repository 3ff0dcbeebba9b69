package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the review console needs of one application kind: one implementation (a CDI bean) per kind.
 * A new kind joins the queue, "my claims", claim, approve and return by adding one of these; the
 * assignments table ({@link ReviewAssignment}) is shared by all kinds.
 */
public interface ReviewSource {

    ApplicationKind kind();

    /**
     * Up to {@code max} applications in {@code status} matching the query, oldest declaration
     * first (ties by id), with their assignment if any; only those assigned to {@code assignee}
     * unless it is null. Paged in the database.
     */
    List<ReviewItem> list(ApplicationStatus status, String assignee, ReviewQuery query, int first, int max);

    long count(ApplicationStatus status, String assignee, ReviewQuery query);

    /** The managed application, to act on it. */
    Optional<Application> find(Long id);

    /** The application as the console shows it. */
    Optional<ReviewItem> item(Long id);

    /** The managed applications of these ids that exist, by id: one query (the job review-reconcile's chunk). */
    Map<Long, Application> findAll(Collection<Long> ids);

    /** Every application of this kind of these enterprises (by USCC), managed, oldest first: one query. */
    List<Application> ofEnterprises(Collection<String> usccs);

    /** The 编号 of those of these applications that exist, by id, in one query. */
    Map<Long, String> numbers(Collection<Long> ids);
}
