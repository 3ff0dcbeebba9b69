package cn.eport.onboarding.web.review;

import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.review.ReturnReasonException;
import cn.eport.onboarding.review.marks.MarkRules;
import cn.eport.onboarding.review.marks.ReturnMarkRefusedException;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.review.ReviewItem;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import cn.eport.onboarding.review.ReviewRefusedException;
import cn.eport.onboarding.review.AttachmentOwner;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.web.enterprise.NotFound;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.Application;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * /review/application?kind=…&id=…: one application as a reviewer sees it, whatever its
 * kind: its facts (one fragment per kind, a generic one until a kind has its own), status and
 * assignee, attachments, history and audit trail; 认领, 审核通过 and 退回 as
 * {@link ReviewService#allowedActions(ReviewItem)} allows. A reviewer of the application's own
 * enterprise sees why they may not review it, and nothing more.
 */
@Named
@ViewScoped
public class ReviewApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String KIND_FRAGMENTS = "/WEB-INF/review/kinds/";
    private static final String GENERIC_FRAGMENT = KIND_FRAGMENTS + "generic.xhtml";

    @Inject
    private ReviewService reviews;

    @Inject
    private Messages messages;

    private String kindParameter;
    private String idParameter;
    private ApplicationKind kind;
    private Long id;
    private ReviewItem item;
    private Set<WorkflowAction> actions;
    private boolean ownEnterprise;
    private Application application;
    private List<HistoryEntry> history;
    private List<AuditEvent> auditTrail;
    private AttachmentOwner attachments;
    private String detailFragment;
    private String returnReason;
    private List<MarkRow> markRows = List.of();

    /** f:viewAction: an unknown kind or id, or one the console does not review, is a 404. */
    public void load() throws IOException {
        if (item != null) {
            return;
        }
        kind = Arrays.stream(ApplicationKind.values()).filter(k -> k.name().equals(kindParameter)).findFirst().orElse(null);
        id = idParameter != null && idParameter.matches("[0-9]{1,18}") ? Long.valueOf(idParameter) : null;
        if (kind == null || id == null) {
            NotFound.send();
            return;
        }
        try {
            refresh();
        } catch (ReviewItemNotFoundException e) {
            NotFound.send();
        }
    }

    private void refresh() {
        item = reviews.item(kind, id);
        actions = reviews.allowedActions(item);
        ownEnterprise = reviews.isOwnEnterprise(item);
        if (!ownEnterprise) {
            application = reviews.details(kind, id);
            history = reviews.history(kind, id);
            auditTrail = reviews.auditTrail(kind, id);
            attachments = reviews.attachmentsOf(kind, id).orElse(null);
            if (allows("RETURN")) {
                markRows = markRows();
            }
        }
    }

    /** Every field of the application and every attachment shown with it, each markable. */
    private List<MarkRow> markRows() {
        List<MarkRow> rows = new ArrayList<>();
        reviews.fields(kind, id).forEach(f -> rows.add(MarkRow.field(f)));
        reviews.attachmentsShown(kind, id).forEach(a -> rows.add(MarkRow.attachment(a)));
        return rows;
    }

    /** Enter in a row's note: the mark is kept on the page until 退回 sends it; a blank or too long note is refused at the row. */
    public void addMark(MarkRow row) {
        String note = TextInput.strippedOrNull(row.getDraft());
        if (note == null) {
            row.refuse("review.marks.noteMissing");
        } else if (note.codePointCount(0, note.length()) > MarkRules.MAX_NOTE_LENGTH) {
            row.refuse("review.marks.noteTooLong");
        } else {
            row.mark(note);
        }
    }

    /** 删除标注. */
    public void removeMark(MarkRow row) {
        row.unmark();
    }

    /** The marks the 退回 will send, in the page's order. */
    public List<MarkRow> getMarkedRows() {
        return markRows.stream().filter(MarkRow::isMarked).toList();
    }

    public List<MarkRow> getMarkRows() {
        return markRows;
    }

    /** 认领. */
    public String claim() {
        return act(() -> reviews.claim(kind, id), "review.claimedHere");
    }

    /** 审核通过, after the confirmation dialog. */
    public String approve() {
        return act(() -> reviews.approve(kind, id), "review.approved");
    }

    /** 退回 from the dialog: a blank or too long reason is refused there, and what was typed stays. */
    public String returnToEnterprise() {
        try {
            reviews.returnToEnterprise(kind, id, returnReason, getMarkedRows().stream().map(MarkRow::input).toList());
        } catch (ReturnReasonException e) {
            FacesContext.getCurrentInstance().addMessage("return:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(ReviewRefusals.key(e)), null));
            return null;
        } catch (ReturnMarkRefusedException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(ReviewRefusals.key(e)), null));
            return null;
        } catch (ReviewRefusedException | IllegalTransitionException e) {
            return refused(e);
        }
        return done("review.returned");
    }

    private String act(Supplier<ReviewItem> action, String doneKey) {
        try {
            action.get();
        } catch (ReviewRefusedException | IllegalTransitionException e) {
            return refused(e);
        }
        return done(doneKey);
    }

    private String done(String key) {
        return afresh(new FacesMessage(messages.get(key)));
    }

    /** Says why, on the application as it is now (another reviewer may have claimed or decided it meanwhile). */
    private String refused(RuntimeException e) {
        String key = e instanceof ReviewRefusedException refusal ? ReviewRefusals.key(refusal) : ReviewRefusals.STATE_CHANGED;
        return afresh(new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    /** The page loaded afresh (Post/Redirect/Get), with the message. */
    private String afresh(FacesMessage message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, message);
        return "/review/application?faces-redirect=true&kind=" + kind + "&id=" + id;
    }

    /** Under review by somebody else: the page says who, since it offers this reviewer nothing to do. */
    public boolean isClaimedByAnother() {
        return item != null && !ownEnterprise && item.status() == ApplicationStatus.UNDER_REVIEW && !allows("APPROVE");
    }

    public boolean allows(String action) {
        return actions != null && actions.contains(WorkflowAction.valueOf(action));
    }

    /**
     * The page fragment that shows this kind's facts: {@code /WEB-INF/review/kinds/<kind-name>.xhtml}
     * (e.g. {@code enterprise-registration.xhtml}), or the generic one while a kind has none. A new
     * kind plugs in by adding its fragment; it gets {@code record} (the application entity) and {@code reviewItem}.
     */
    public String getDetailFragment() throws MalformedURLException {
        if (detailFragment == null) {
            String own = KIND_FRAGMENTS + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".xhtml";
            detailFragment = FacesContext.getCurrentInstance().getExternalContext().getResource(own) != null ? own : GENERIC_FRAGMENT;
        }
        return detailFragment;
    }

    public String getKind() {
        return kindParameter;
    }

    public void setKind(String kind) {
        this.kindParameter = kind;
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }

    public ReviewItem getItem() {
        return item;
    }

    public boolean isOwnEnterprise() {
        return ownEnterprise;
    }

    public Application getApplication() {
        return application;
    }

    /** Whose certificate scans are shown: the application's own, or a filing's enterprise's 三证合一 record's; {@code null} for none. */
    public AttachmentOwner getAttachments() {
        return attachments;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    /** The 编号 of this application, for the audit trail's file entries ({@link cn.eport.onboarding.web.audit.AuditEntryTexts}). */
    public Map<ApplicationNumber.Parsed, String> getNumbers() {
        return item == null ? Map.of() : Map.of(new ApplicationNumber.Parsed(item.kind(), item.id()), item.number());
    }

    public List<AuditEvent> getAuditTrail() {
        return auditTrail;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}
