package cn.eport.onboarding.web.review;

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
 * date; 认领 takes one into review.
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

    /** 查询: a start date after the end date gets a message and no query (as F-11). */
    public void search() {
        dates.checked("query:from", messages).ifPresent(range -> {
            query = new ReviewQuery(kind, customsDistrict, range);
            actions = null;
        });
    }

    /** 重置: every kind, every district, any date. */
    public void reset() {
        kind = null;
        customsDistrict = null;
        dates.clear();
        query = ReviewQuery.ALL;
        actions = null;
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

    public DateRangeInput getDates() {
        return dates;
    }
}
