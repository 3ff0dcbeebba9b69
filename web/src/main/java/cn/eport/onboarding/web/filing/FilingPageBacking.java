package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.filing.Filing;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.filing.FilingService;
import cn.eport.onboarding.web.enterprise.ApplicationFormBacking;
import cn.eport.onboarding.web.enterprise.FormPages;
import cn.eport.onboarding.web.enterprise.NotFound;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.HistoryEntry;
import cn.eport.onboarding.workflow.WorkflowAction;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one page of a filing kind, /enterprise/&lt;x&gt;-filing[?id=…] (F-20..F-43): the enterprise's
 * current filing status at the top, then by {@link FilingPageMode} the failed precondition and what
 * to do, the form (never filed, 暂存, 退回 with the reviewer's reason), or the filed data read-only
 * (申报, 审核中; 备案通过 with its number and date). The enterprise part comes from its approved
 * 三证合一 record, read-only. 暂存/申报 are {@link ApplicationFormBacking}'s; a refusal of the server at
 * 申报 (a precondition that fails now, a second filing, a directory that cannot be reached) is shown
 * in the error summary and keeps what was typed. With {@code ?id=} (from the status query and the
 * task list) the id must be the caller's filing, else 404. A kind's page bean names its service,
 * pages and blank details, and adds its own fields.
 *
 * @param <A> the kind's entity
 * @param <D> the kind's details, as the form edits them
 * @param <P> the kind's rule problems
 */
public abstract class FilingPageBacking<A extends Filing, D, P extends FieldProblem> extends ApplicationFormBacking<A, D, P> {

    private static final long serialVersionUID = 1L;

    private FilingPageMode mode;
    private boolean checkUnavailable;
    /** The check of this request's load; its text is made when the page renders, in the view's language. */
    private transient FilingCheck check;
    private String checkText;
    private A filing;
    private EnterpriseRegistration registration;
    private List<HistoryEntry> history = List.of();

    protected FilingPageBacking(FormPages pages, D blank) {
        super(pages, blank);
    }

    @Override
    protected abstract FilingService<A, D, P> service();

    /** f:viewAction: the caller's filing of the kind (the one asked for, or else its current one), its check and what the page shows. */
    @Override
    public void load() throws IOException {
        if (mode != null) {
            return;
        }
        Optional<A> stored;
        try {
            stored = getId() == null ? service().current() : Optional.of(service().find(getId()));
        } catch (ApplicationNotFoundException e) {
            NotFound.send();
            return;
        }
        filing = stored.orElse(null);
        ApplicationStatus status = filing == null ? null : filing.getStatus();
        check = FilingPageMode.needsCheck(status) ? service().check() : FilingCheck.clear();
        checkUnavailable = check instanceof FilingCheck.Unavailable;
        mode = FilingPageMode.of(status, check);
        registration = service().joinedRegistration().orElse(null);
        if (filing != null) {
            history = service().history(filing.getId());
        }
        if (mode == FilingPageMode.FORM) {
            setId(filing == null ? null : filing.getId());
            super.load();
        }
    }

    /** The server's refusal of a filing: its text in the summary, the form as it was typed. */
    @Override
    protected boolean refused(RuntimeException e) {
        if (e instanceof FilingRefusedException refusal) {
            summary().global(FilingTexts.of(refusal.check(), (key, arguments) -> messages().get(key, arguments)));
            return true;
        }
        return false;
    }

    public FilingPageMode getMode() {
        return mode;
    }

    public boolean isBlocked() {
        return mode == FilingPageMode.BLOCKED;
    }

    public boolean isFormShown() {
        return mode == FilingPageMode.FORM;
    }

    /** The filed data is shown read-only: declared, under review, approved, or a draft the enterprise may not submit now. */
    public boolean isFiledDataShown() {
        return filing != null && mode != FilingPageMode.FORM;
    }

    public boolean isApproved() {
        return mode == FilingPageMode.APPROVED;
    }

    /** A directory that decides the preconditions could not be reached: the form stays, 申报 checks again. */
    public boolean isCheckUnavailable() {
        return checkUnavailable;
    }

    /** The failed precondition or the unreachable directory, in the page's language; {@code null} when clear. */
    public String getCheckText() {
        // not in load(): f:viewAction runs before f:view sets the page's language, the bundle would answer
        // in the browser's (an English obstacle under a Chinese page)
        if (checkText == null && check != null) {
            checkText = FilingTexts.of(check, (key, arguments) -> messages().get(key, arguments));
        }
        return checkText;
    }

    /** 未备案 / 暂存 / 申报 / 审核中 / 备案通过 / 退回. */
    public String getStatusKey() {
        return FilingPageMode.statusKey(filing == null ? null : filing.getStatus());
    }

    public boolean isPrintable() {
        return filing != null && service().allowedActions(filing).contains(WorkflowAction.PRINT);
    }

    /** The stored filing, {@code null} while the enterprise has none. */
    public A getFiling() {
        return filing;
    }

    /** The enterprise part: its approved 三证合一 record ({@code null}: not joined, the check says so). */
    public EnterpriseRegistration getRegistration() {
        return registration;
    }

    public String getFilingNumber() {
        return filing == null ? null : filing.getFilingNumber();
    }

    public Instant getApprovedAt() {
        return filing == null ? null : filing.getApprovedAt();
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }
}
