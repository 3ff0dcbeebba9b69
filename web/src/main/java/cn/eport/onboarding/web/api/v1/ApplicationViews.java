package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.filing.Filing;
import cn.eport.onboarding.review.marks.ReturnMarks;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Builds an {@link ApplicationView} from the same services the view pages read. */
@ApplicationScoped
public class ApplicationViews {

    @Inject
    private ReturnMarks marks;

    @Inject
    private AttachmentService attachments;

    public <A extends EnterpriseApplication, D, P extends FieldProblem> ApplicationView of(
            FormKind<A, D, P> form, A application, ApiLanguage language, String apiBase) {
        Long id = application.getId();
        boolean returned = application.getStatus() == ApplicationStatus.RETURNED;
        Filing filing = application instanceof Filing f ? f : null;
        return new ApplicationView(id, application.getNumber(), application.kind(), application.getStatus(),
                application.getVersion(), application.getCreatedAt(), application.getUpdatedAt(),
                application.getDeclaredAt(),
                filing == null ? null : filing.getFilingNumber(), filing == null ? null : filing.getApprovedAt(),
                form.detailsOf(application),
                returned ? form.service().returnReason(id).orElse(null) : null,
                returned ? marks.open(application.kind(), id).stream().map(m -> MarkView.of(m, language)).toList()
                        : List.<MarkView>of(),
                form.service().allowedActions(application),
                AttachmentService.holdsAttachments(application.kind())
                        ? attachments.list(application.kind(), id).stream().map(a -> AttachmentView.of(a, apiBase)).toList()
                        : List.<AttachmentView>of(),
                form.service().history(id).stream().map(HistoryView::of).toList());
    }
}
