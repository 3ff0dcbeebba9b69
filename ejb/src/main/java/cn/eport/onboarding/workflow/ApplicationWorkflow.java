package cn.eport.onboarding.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.eport.onboarding.workflow.ApplicationStatus.APPROVED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DECLARED;
import static cn.eport.onboarding.workflow.ApplicationStatus.DRAFT;
import static cn.eport.onboarding.workflow.ApplicationStatus.RETURNED;
import static cn.eport.onboarding.workflow.ApplicationStatus.UNDER_REVIEW;
import static cn.eport.onboarding.workflow.WorkflowAction.APPROVE;
import static cn.eport.onboarding.workflow.WorkflowAction.CLAIM;
import static cn.eport.onboarding.workflow.WorkflowAction.DECLARE;
import static cn.eport.onboarding.workflow.WorkflowAction.DELETE;
import static cn.eport.onboarding.workflow.WorkflowAction.MODIFY;
import static cn.eport.onboarding.workflow.WorkflowAction.PRINT;
import static cn.eport.onboarding.workflow.WorkflowAction.RETURN;
import static cn.eport.onboarding.workflow.WorkflowAction.SAVE_DRAFT;
import static cn.eport.onboarding.workflow.WorkflowAction.VIEW;

/**
 * The one state machine of every application kind (SPEC "Statuses"): which actions an actor may
 * take in which status, and where each leads. Services ask it before every change; pages render
 * their buttons from {@link #allowedActions}. A new application has no status ({@code null}).
 *
 * <pre>
 * new ──暂存──▶ DRAFT ──申报──▶ DECLARED ──claim──▶ UNDER_REVIEW ──approve──▶ APPROVED
 *  └────申报───────────────────▲                          └──return(reason)──▶ RETURNED
 * DRAFT: 修改/暂存/申报/删除       RETURNED: 修改/暂存(stays RETURNED)/申报 → DECLARED
 * </pre>
 *
 * The review back office ({@link Actor#BACK_OFFICE}, through the job {@code review-reconcile}) decides
 * like a reviewer but without claiming first: 审核通过 or 退回 from 申报 and from 审核中 (also one a
 * reviewer claimed: the back office's decision ends that review). Nothing else: it never sees drafts,
 * never claims, and a decided application (审核通过, 退回) is out of its reach like a reviewer's
 * (ADR 0022).
 * <p>
 * Who may see an application at all is its {@link WorkflowAction#VIEW} ({@link #isVisible}): the owner
 * in every status, a reviewer from its first 申报 on. A draft that was never declared is the
 * enterprise's alone; every service that shows an application or its files to a reviewer asks this.
 */
public final class ApplicationWorkflow {

    private record Rule(ApplicationStatus from, WorkflowAction action, Actor actor) {
    }

    /**
     * The statuses of an application that was declared at least once (申报 and everything after it,
     * resubmissions included): the ones reviewers see.
     */
    private static final Set<ApplicationStatus> DECLARED_AT_LEAST_ONCE = EnumSet.of(DECLARED, UNDER_REVIEW, APPROVED, RETURNED);

    /** Target status per rule; an action that does not change the status maps to {@code from}. */
    private static final Map<Rule, Optional<ApplicationStatus>> RULES = new LinkedHashMap<>();

    static {
        // a new application (no status yet)
        allow(null, SAVE_DRAFT, Actor.OWNER, DRAFT);
        allow(null, DECLARE, Actor.OWNER, DECLARED);
        // the enterprise's own records
        for (ApplicationStatus status : ApplicationStatus.values()) {
            allow(status, VIEW, Actor.OWNER, status);
        }
        // reviewers from 申报 on: a draft that was never declared is the enterprise's alone
        for (ApplicationStatus status : DECLARED_AT_LEAST_ONCE) {
            allow(status, VIEW, Actor.REVIEWER, status);
        }
        allow(DRAFT, MODIFY, Actor.OWNER, DRAFT);
        allow(DRAFT, SAVE_DRAFT, Actor.OWNER, DRAFT);
        allow(DRAFT, DECLARE, Actor.OWNER, DECLARED);
        RULES.put(new Rule(DRAFT, DELETE, Actor.OWNER), Optional.empty());
        allow(RETURNED, MODIFY, Actor.OWNER, RETURNED);
        allow(RETURNED, SAVE_DRAFT, Actor.OWNER, RETURNED);
        allow(RETURNED, DECLARE, Actor.OWNER, DECLARED);
        for (ApplicationStatus printable : EnumSet.of(DECLARED, UNDER_REVIEW, APPROVED)) {
            allow(printable, PRINT, Actor.OWNER, printable);
            allow(printable, PRINT, Actor.REVIEWER, printable);
        }
        // review
        allow(DECLARED, CLAIM, Actor.REVIEWER, UNDER_REVIEW);
        allow(UNDER_REVIEW, APPROVE, Actor.REVIEWER, APPROVED);
        allow(UNDER_REVIEW, RETURN, Actor.REVIEWER, RETURNED);
        // the review back office decides from 申报 or 审核中, without claiming (ADR 0022)
        for (ApplicationStatus awaiting : EnumSet.of(DECLARED, UNDER_REVIEW)) {
            allow(awaiting, APPROVE, Actor.BACK_OFFICE, APPROVED);
            allow(awaiting, RETURN, Actor.BACK_OFFICE, RETURNED);
        }
        // automatic approval of filings whose rules allow it (F-22, F-42)
        allow(DECLARED, APPROVE, Actor.SYSTEM, APPROVED);
    }

    private ApplicationWorkflow() {
    }

    private static void allow(ApplicationStatus from, WorkflowAction action, Actor actor, ApplicationStatus to) {
        RULES.put(new Rule(from, action, actor), Optional.of(to));
    }

    /** The actions the actor may take on an application in this status ({@code null}: not created yet). */
    public static Set<WorkflowAction> allowedActions(ApplicationStatus status, Actor actor) {
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        RULES.keySet().stream().filter(r -> r.from() == status && r.actor() == actor).forEach(r -> actions.add(r.action()));
        return Collections.unmodifiableSet(actions);
    }

    public static boolean isAllowed(ApplicationStatus status, WorkflowAction action, Actor actor) {
        return RULES.containsKey(new Rule(status, action, actor));
    }

    /**
     * Whether the actor may see an application in this status at all, with its files, history and
     * audit trail: the state machine's {@link WorkflowAction#VIEW}. To anybody it refuses, the
     * application is like one that does not exist.
     */
    public static boolean isVisible(ApplicationStatus status, Actor actor) {
        return isAllowed(status, VIEW, actor);
    }

    /** The application if the actor may see it ({@link #isVisible}); empty for none and for one the actor may not see. */
    public static <A extends Application> Optional<A> visible(Optional<A> application, Actor actor) {
        return application.filter(a -> isVisible(a.getStatus(), actor));
    }

    /**
     * The status after the action; empty when the action removes the application (delete).
     *
     * @throws IllegalTransitionException when the action is not allowed
     */
    public static Optional<ApplicationStatus> next(ApplicationStatus status, WorkflowAction action, Actor actor) {
        Optional<ApplicationStatus> target = RULES.get(new Rule(status, action, actor));
        if (target == null) {
            throw new IllegalTransitionException(status, action, actor);
        }
        return target;
    }

    /**
     * True for a status nobody changes any more (审核通过): no actor may take an action in it that
     * changes the record. {@code null} (not created yet) is not final.
     */
    public static boolean isFinal(ApplicationStatus status) {
        return status != null && RULES.keySet().stream().noneMatch(r -> r.from() == status && r.action().changesRecord());
    }

    /** Returning an application needs a reason the enterprise can act on. */
    public static boolean requiresReason(WorkflowAction action) {
        return action == RETURN;
    }
}
