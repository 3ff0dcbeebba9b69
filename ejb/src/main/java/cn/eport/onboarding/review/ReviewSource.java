package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;

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

    /** The table this kind's applications are stored in (the dashboard's figures read it in SQL). */
    String table();

    /**
     * Up to {@code max} applications of the selection, oldest declaration first (ties by id), with
     * their assignment if any. Paged in the database.
     */
    List<ReviewItem> list(QueueSelection selection, int first, int max);

    long count(QueueSelection selection);

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
