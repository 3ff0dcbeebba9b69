package cn.eport.onboarding.web.review;

import cn.eport.onboarding.review.QueueStatus;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewQuery;
import cn.eport.onboarding.review.ReviewRefusedException;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.paging.PagedModel;
import cn.eport.onboarding.web.query.DateRangeInput;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /review/queue: the declared applications of every kind waiting for a reviewer, and the
 * caller's own claims, both paged in the database and filtered by kind, 主管海关 and declaration
 * date; 认领 takes one into review. The queue lists those not yet claimed unless told otherwise: in
 * review, or both, and only the overdue ones (what the dashboard's figures open). The conditions are
 * the page's parameters ({@link QueueLinks}): 查询 opens the page's address with them, so a filtered
 * queue can be bookmarked; a value the page cannot take is a 400 (ViewParameterFailures).
 * Supervisors see the queue read-only: no buttons, no claims of their own (ADR 0029).
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private Messages messages;

    private ApplicationKind kind;
    private String customsDistrict;
    private QueueStatus status;
    private boolean overdue;
    private final DateRangeInput dates = new DateRangeInput("review.declaredFrom");
    private ReviewQuery query = ReviewQuery.ALL;
    private LazyDataModel<ReviewItem> queue;
    private LazyDataModel<ReviewItem> claims;
    /** The buttons of the rows shown, by row (a row whose status or assignee changed is another key). */
    private transient Map<ReviewItem, Set<WorkflowAction>> actions;

    @PostConstruct
    void init() {
        queue = new PagedModel<>(() -> reviews.queueSize(query), (first, max) -> reviews.queue(query, first, max), ReviewQueueBacking::key);
        claims = new PagedModel<>(() -> reviews.myClaimCount(query), (first, max) -> reviews.myClaims(query, first, max), ReviewQueueBacking::key);
    }

    static String key(ReviewItem item) {
        return item.kind() + "-" + item.id();
    }

    /** f:viewAction: the conditions of the page's address; a start date after the end date gets a message and no query (F-11). */
    public void apply() {
        dates.checked("query:from", messages).ifPresent(range -> {
            query = new ReviewQuery(kind, customsDistrict, range, status, overdue);
            actions = null;
        });
    }

    /** 查询: the page's address with the conditions, or the message of a start date after the end date (as F-11). */
    public String search() {
        return dates.checked("query:from", messages).isPresent() ? QueueLinks.PAGE + "?faces-redirect=true&includeViewParams=true" : null;
    }

    /** 重置: every kind, every district, any date, the unclaimed ones. */
    public String reset() {
        return QueueLinks.PAGE + "?faces-redirect=true";
    }

    /** How many applications the queue holds with the conditions applied (the dashboard's figure it was opened from). */
    public long getQueueSize() {
        return reviews.queueSize(query);
    }

    /** Reviewers claim and decide; supervisors only look. */
    public boolean isReviewer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("REVIEWER");
    }

    /** True when the queue lists applications in review too (then it shows their status and reviewer). */
    public boolean isShowingClaimed() {
        return query.status() != QueueStatus.DECLARED;
    }

    public QueueStatus[] getStatuses() {
        return QueueStatus.values();
    }

    public String getNoDistrict() {
        return ReviewQuery.NO_DISTRICT;
    }

    /** 认领: the application moves to "my claims"; when someone else was faster, say so (the tables are shown afresh). */
    public void claim(ReviewItem item) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            reviews.claim(item.kind(), item.id());
            context.addMessage(null, new FacesMessage(messages.get("review.claimed",
                    messages.get("applicationKind." + item.kind()), item.enterpriseName())));
        } catch (ReviewRefusedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(ReviewRefusals.key(e)), null));
        } catch (IllegalTransitionException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(ReviewRefusals.STATE_CHANGED), null));
        }
        actions = null;
    }

    public boolean allows(ReviewItem item, String action) {
        if (actions == null) {
            actions = new HashMap<>();
        }
        return actions.computeIfAbsent(item, reviews::allowedActions).contains(WorkflowAction.valueOf(action));
    }

    public List<ApplicationKind> getKinds() {
        return reviews.kinds();
    }

    public LazyDataModel<ReviewItem> getQueue() {
        return queue;
    }

    public LazyDataModel<ReviewItem> getClaims() {
        return claims;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public void setKind(ApplicationKind kind) {
        this.kind = kind;
    }

    public String getCustomsDistrict() {
        return customsDistrict;
    }

    public void setCustomsDistrict(String customsDistrict) {
        this.customsDistrict = customsDistrict;
    }

    public QueueStatus getStatus() {
        return status;
    }

    public void setStatus(QueueStatus status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public DateRangeInput getDates() {
        return dates;
    }
}
