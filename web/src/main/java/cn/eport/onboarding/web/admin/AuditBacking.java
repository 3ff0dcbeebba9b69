package cn.eport.onboarding.web.admin;

import cn.eport.onboarding.audit.AuditAction;
import cn.eport.onboarding.audit.AuditEvent;
import cn.eport.onboarding.audit.AuditQuery;
import cn.eport.onboarding.audit.AuditTrail;
import cn.eport.onboarding.review.ApplicationNumbers;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.web.audit.AuditApplications;
import cn.eport.onboarding.web.audit.AuditEntryTexts;
import cn.eport.onboarding.web.format.Formats;
import cn.eport.onboarding.web.i18n.Messages;
import cn.eport.onboarding.web.paging.PagedModel;
import cn.eport.onboarding.web.query.DateRangeInput;
import cn.eport.onboarding.workflow.ApplicationNumber;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /admin/audit: administrators search the audit trail by who, what, which record (its kind
 * and its id, 编号 or enterprise USCC) and when. An application's 编号 typed as the record chooses its
 * kind too. The page's entries show the 编号 of the applications they name, looked up once per page.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private Formats formats;

    @Inject
    private Messages messages;

    @Inject
    private ApplicationNumbers applicationNumbers;

    private String actor;
    private AuditAction action;
    private String subjectType;
    private String subject;
    private final DateRangeInput dates = new DateRangeInput("common.dateFrom");
    private AuditQuery query = AuditQuery.ALL;
    private LazyDataModel<AuditEvent> events;
    private Map<ApplicationNumber.Parsed, String> numbers = new HashMap<>();

    @PostConstruct
    void init() {
        events = new PagedModel<>(() -> trail.count(query), this::page, AuditEvent::getId);
    }

    /** One page of entries, with the 编号 of the applications they name (one query per kind). */
    private List<AuditEvent> page(int first, int max) {
        List<AuditEvent> page = trail.search(query, first, max);
        numbers = new HashMap<>(applicationNumbers.of(AuditApplications.namedBy(page)));
        return page;
    }

    /** 查询: a start date after the end date gets a message and no query; a 编号 as the record chooses its kind. */
    public void search() {
        String record = TextInput.strippedOrNull(subject);
        Optional<ApplicationNumber.Parsed> number = ApplicationNumber.parse(record);
        number.ifPresent(n -> subjectType = n.kind().name());
        String subjectId = number.map(n -> String.valueOf(n.id())).orElse(record);
        dates.checked("audit:from", messages).ifPresent(range -> query = new AuditQuery(TextInput.strippedOrNull(actor), action,
                subjectType, subjectId, range.startIn(formats.zone()).orElse(null), range.endExclusiveIn(formats.zone()).orElse(null)));
    }

    /** 重置: back to all entries. */
    public void reset() {
        actor = null;
        action = null;
        subjectType = null;
        subject = null;
        dates.clear();
        query = AuditQuery.ALL;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** The kinds of record the 对象 filter offers. */
    public List<String> getSubjectTypes() {
        return AuditEntryTexts.subjectTypes();
    }

    /** The 编号 of the applications the shown entries name. */
    public Map<ApplicationNumber.Parsed, String> getNumbers() {
        return numbers;
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public DateRangeInput getDates() {
        return dates;
    }
}
