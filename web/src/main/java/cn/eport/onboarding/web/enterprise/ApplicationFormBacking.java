package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.autosave.AutosaveTooLargeException;
import cn.eport.onboarding.autosave.FormAutosaveService;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.ConcurrentChangeException;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.OwnApplications;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.web.attachment.FormAttachments;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.IllegalTransitionException;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The entry form of an application kind (F-15, F-16): a new application, or one of the caller's in a
 * status the state machine lets them modify (else its view page); the reviewer's reason at the top
 * of a returned one; 暂存 and 申报 through the kind's service, which applies the rules and the state
 * machine, with an error summary linking to each field and nothing typed lost when it refuses; a
 * concurrent change reported, never overwritten; files uploaded on a new form staged under its
 * request token; what is typed kept on the server while the user types, and offered back when the
 * form opens again after it was lost (a session timeout: {@link KeptFormInput}). A kind's page bean
 * adds its own fields and rules for the page.
 *
 * @param <A> the kind's entity
 * @param <D> the kind's details, as the form edits them
 * @param <P> the kind's rule problems
 */
public abstract class ApplicationFormBacking<A extends EnterpriseApplication, D, P extends FieldProblem>
        implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The ids of the 暂存 and 申报 buttons, the same in every form. */
    private static final Map<String, WorkflowAction> SAVE_BUTTONS = Map.of(
            "save-draft", WorkflowAction.SAVE_DRAFT, "declare", WorkflowAction.DECLARE);
    /** The id of the hidden button that resources/js/autosave.js sends the form with to keep its input. */
    private static final String KEEP_BUTTON = "autosave-keep";

    @Inject
    private Messages messages;

    @Inject
    private FormMarks marks;

    private final FormPages pages;
    private final String requestToken = UUID.randomUUID().toString();
    private final ErrorSummary summary = new ErrorSummary();
    private Long id;
    private long version;
    private ApplicationStatus status;
    private D details;
    private String returnReason;
    private FormEnterprise enterprise;
    private boolean loaded;
    @Inject
    private FormAutosaveService autosaves;
    private KeptFormInput kept;
    private String restoreMessage;

    protected ApplicationFormBacking(FormPages pages, D blank) {
        this.pages = pages;
        this.details = blank;
    }

    /** The application kind of the form. */
    protected abstract ApplicationKind kind();

    /** The kind's service. */
    protected abstract OwnApplications<A, D, P> service();

    /** The details of a stored application, for the form to edit. */
    protected abstract D detailsOf(A application);

    /** The fields that depend on a choice of the form (none by default). */
    protected FieldDependents<?> dependents() {
        return null;
    }

    /**
     * The client ids of the fields that depend on a choice (named like its rule field): what its
     * {@code p:ajax} processes besides itself and re-renders.
     */
    public String dependentsOf(String choice) {
        FieldDependents<?> dependents = dependents();
        return dependents == null ? "" : dependents.clientIds(pages, choice);
    }

    /** A new form is opened: prepare what it shows beyond blank details. */
    protected abstract void opened();

    /** A stored application is opened for modifying; its details are the form's already. */
    protected void opened(A application) {
    }

    /** After either kind of opening. */
    protected void afterOpening() {
    }

    /** f:viewAction: load the application (only if the caller may modify it), or start a new one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Instant storedAt = null;
        if (id == null) {
            opened();
        } else {
            A application;
            try {
                application = service().find(id);
            } catch (ApplicationNotFoundException e) {
                NotFound.send();
                return;
            }
            if (!service().allowedActions(application).contains(WorkflowAction.MODIFY)) {
                Redirects.to(pages.viewPath() + "?id=" + id);
                return;
            }
            version = application.getVersion();
            storedAt = application.getUpdatedAt();
            status = application.getStatus();
            details = detailsOf(application);
            enterprise = FormEnterprise.of(application);
            returnReason = status == ApplicationStatus.RETURNED ? service().returnReason(id).orElse(null) : null;
            if (status == ApplicationStatus.RETURNED) {
                marks.show(application.kind(), id);
            }
            opened(application);
        }
        afterOpening();
        kept().offer(autosaves, id, storedAt);
    }

    public String saveDraft() {
        return save(WorkflowAction.SAVE_DRAFT);
    }

    public String declare() {
        return save(WorkflowAction.DECLARE);
    }

    private String save(WorkflowAction action) {
        summary.clear();
        SaveOutcome<P> outcome;
        try {
            outcome = service().save(id, version, requestToken, details, action);
        } catch (ConcurrentChangeException | IllegalTransitionException e) {
            summary.global(messages.get("form.concurrentChange"));
            return null;
        } catch (RuntimeException e) {
            if (refused(e)) {
                return null;
            }
            throw e;
        }
        if (!outcome.saved()) {
            report(outcome.problems(), Set.of());
            return null;
        }
        kept().saved(autosaves, id);
        return saved(action, outcome, id == null);
    }

    /**
     * A kind's own refusal of 暂存/申报 beside its fields' rules (a filing's precondition, an operator
     * entered twice): put it in the {@link #summary()} and answer true, the form keeps what was typed;
     * false for anything else, which goes on as thrown.
     */
    protected boolean refused(RuntimeException e) {
        return false;
    }

    /**
     * Where the form goes once saved: to the kind's list, with what was done. {@code created} tells the
     * first save of a new application (a kind may ask there whether to add another, F-52).
     */
    protected String saved(WorkflowAction action, SaveOutcome<P> outcome, boolean created) {
        return Redirects.withMessage(pages.listPath(), messages.get(savedMessageKey(action, outcome.status())));
    }

    /**
     * f:event postValidate of the form: when an input refused its value (a converter), 暂存/申报 will not
     * run, yet the summary lists every problem at once: the refusals, and the kind's rules applied to
     * what the other inputs hold.
     */
    public void validated(ComponentSystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (sentBy(event.getComponent(), context, KEEP_BUTTON)) {
            if (context.isValidationFailed()) {
                // a value an input refused (a half-typed date) is not kept; everything else is
                AcceptedInputs.apply(event.getComponent(), context);
                keepInput();
            }
            return;
        }
        WorkflowAction action = requestedSave(event.getComponent(), context);
        if (action == null || !context.isValidationFailed()) {
            return;
        }
        AcceptedInputs.apply(event.getComponent(), context);
        summary.clear();
        Set<String> refused = summary.refusedInputs(context);
        report(service().problems(details, action), refused);
    }

    /** 暂存 or 申报, when one of their buttons sent the form; {@code null} for any other request. */
    private static WorkflowAction requestedSave(UIComponent form, FacesContext context) {
        return SAVE_BUTTONS.entrySet().stream().filter(button -> sentBy(form, context, button.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Whether the button of the form with this id sent the request. */
    private static boolean sentBy(UIComponent form, FacesContext context, String buttonId) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        String clientId = form.getClientId(context) + context.getNamingContainerSeparatorChar() + buttonId;
        return parameters.containsKey(clientId) || clientId.equals(parameters.get("jakarta.faces.source"));
    }

    /**
     * The hidden button of resources/js/autosave.js: keeps what the form holds, for this user and form
     * only. Larger than the configured limit (a tampered form): 413, nothing kept.
     */
    public void keepInput() {
        try {
            kept().keep(autosaves, id, details);
        } catch (AutosaveTooLargeException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().setResponseStatus(413);
            context.responseComplete();
        }
    }

    /** 【恢复未保存的输入】: the kept input fills the form (nothing is saved); the page says what came of it. */
    @SuppressWarnings("unchecked")
    public void restoreKeptInput() {
        summary.clear();
        KeptFormInput.Restore outcome = kept().restore(autosaves, (Class<D>) details.getClass(), this::setDetails);
        if (outcome == KeptFormInput.Restore.RESTORED) {
            restored();
        }
        restoreMessage = messages.get(outcome.messageKey());
    }

    /** 【放弃】: the kept input goes. */
    public void discardKeptInput() {
        kept().discardOffered(autosaves);
        restoreMessage = null;
    }

    /** Kept input was restored into the form's details: a kind derives what follows from them here (nothing by default). */
    protected void restored() {
    }

    /** When the input this form offers to restore was kept; {@code null} when there is none. */
    public Instant getKeptInputAt() {
        return kept().offeredAt().orElse(null);
    }

    /** When this form's input was last kept; {@code null} before the first time. */
    public Instant getLastKeptAt() {
        return kept().lastKept().orElse(null);
    }

    /** What came of 【恢复未保存的输入】, in the page's language; {@code null} before. */
    public String getRestoreMessage() {
        return restoreMessage;
    }

    private KeptFormInput kept() {
        if (kept == null) {
            kept = new KeptFormInput(kind(), requestToken);
        }
        return kept;
    }

    /** The rules' problems at their fields (except those whose input refused its value already), in the form's order. */
    private void report(List<P> problems, Set<String> refused) {
        for (P problem : problems) {
            String clientId = pages.clientId(problem.field());
            if (!refused.contains(clientId)) {
                summary.field(clientId, text(problem));
            }
        }
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = context.getViewRoot().findComponent(pages.formId());
        if (form != null) {
            summary.order(FormOrder.of(form, context));
        }
    }

    /** The bundle key of what the page says after a save: the kind's "declared" or "saved as a draft". */
    protected String savedMessageKey(WorkflowAction action, ApplicationStatus status) {
        return pages.messagePrefix() + (action == WorkflowAction.DECLARE ? ".declared" : ".savedDraft");
    }

    /** The problem's text: its field's label first, then its detail (a validator's finding in the page's language). */
    private String text(P problem) {
        return ProblemTexts.text(messages, FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem.key(),
                messages.get(pages.labelKey(problem.field())), problem.detail());
    }

    /** A new application's uploads wait under this key for its first save (see {@link FormAttachments}). */
    public String getStagingKey() {
        return FormAttachments.stagingKey(id, requestToken);
    }

    public boolean isAttachmentsEditable() {
        return FormAttachments.editable(id, status);
    }

    /** The error summary, for a kind's page that reports a refusal of its own. */
    protected ErrorSummary summary() {
        return summary;
    }

    protected Messages messages() {
        return messages;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public D getDetails() {
        return details;
    }

    protected void setDetails(D details) {
        this.details = details;
    }

    public String getReturnReason() {
        return returnReason;
    }

    /** The enterprise shown read-only at the top of the form: the stored application's, or what a new form's kind sets. */
    public FormEnterprise getEnterprise() {
        return enterprise;
    }

    protected void setEnterprise(FormEnterprise enterprise) {
        this.enterprise = enterprise;
    }

    /** The problems of the last 暂存/申报, then the reviewer's marks of a returned application ({@link FormMarks}). */
    public List<ErrorSummary.Line> getSummary() {
        if (marks.isEmpty()) {
            return summary.getLines();
        }
        List<ErrorSummary.Line> lines = new ArrayList<>(summary.getLines());
        lines.addAll(marks.summaryLines(pages));
        return lines;
    }
}
