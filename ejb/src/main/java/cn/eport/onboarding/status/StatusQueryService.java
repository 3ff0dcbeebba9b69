package cn.eport.onboarding.status;

import cn.eport.onboarding.account.AccountRepository;
import cn.eport.onboarding.workflow.Actor;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.ApplicationWorkflow;
import cn.eport.onboarding.workflow.WorkflowAction;
import cn.eport.onboarding.workflow.WorkflowService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 业务办理状态查询 (F-60, F-61): one list of the caller's enterprise's applications of every kind that
 * has a {@link StatusSource} (三证合一, 补办法人卡, and later the filings), with their status, dates
 * and the reviewer's reason where returned. Scoped to the caller's enterprise from the logged-in
 * account; the actions on each row come from the state machine.
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class StatusQueryService {

    @Resource
    private SessionContext session;

    @Inject
    private AccountRepository accounts;

    @Inject
    @Any
    private Instance<StatusSource> sources;

    @Inject
    private WorkflowService workflow;

    /** One page of the caller's applications matching the query, last changed first. */
    public List<ApplicationSummary> list(StatusQuery query, int first, int max) {
        return list(query, Set.of(ApplicationKind.values()), first, max);
    }

    public long count(StatusQuery query) {
        return count(query, Set.of(ApplicationKind.values()));
    }

    /** {@link #list(StatusQuery, int, int)} of some kinds only (the token API's kind filter). */
    public List<ApplicationSummary> list(StatusQuery query, Set<ApplicationKind> kinds, int first, int max) {
        String uscc = callerUscc();
        List<ApplicationSummary> page = StatusRules.page(
                sources(kinds).map(s -> s.list(uscc, query, 0, first + max)).toList(), first, max);
        return withReturnReasons(page, uscc);
    }

    public long count(StatusQuery query, Set<ApplicationKind> kinds) {
        String uscc = callerUscc();
        return sources(kinds).mapToLong(s -> s.count(uscc, query)).sum();
    }

    private java.util.stream.Stream<StatusSource> sources(Set<ApplicationKind> kinds) {
        return sources.stream().filter(s -> kinds.contains(s.kind()));
    }

    /** 删除 of one of the caller's drafts, by its kind's service (tenant scope, version, state machine). */
    public void delete(ApplicationKind kind, Long id, long expectedVersion) {
        source(kind).delete(id, expectedVersion);
    }

    /** The actions the state machine allows the enterprise on an application in this status. */
    public Set<WorkflowAction> allowedActions(ApplicationStatus status) {
        return ApplicationWorkflow.allowedActions(status, Actor.OWNER);
    }

    /** The kinds this list holds, in their declared order. */
    public List<ApplicationKind> kinds() {
        return sources.stream().map(StatusSource::kind).sorted().toList();
    }

    /** The latest return reason of every returned row: one query per kind on the page. */
    private List<ApplicationSummary> withReturnReasons(List<ApplicationSummary> page, String uscc) {
        Map<ApplicationKind, List<Long>> returned = page.stream().filter(r -> r.status() == ApplicationStatus.RETURNED)
                .collect(Collectors.groupingBy(ApplicationSummary::kind, Collectors.mapping(ApplicationSummary::id, Collectors.toList())));
        Map<ApplicationKind, Map<Long, String>> reasons = new EnumMap<>(ApplicationKind.class);
        returned.forEach((kind, ids) -> reasons.put(kind, workflow.latestReturnReasons(kind, uscc, ids)));
        return page.stream().map(r -> r.status() == ApplicationStatus.RETURNED
                ? r.withReturnReason(reasons.get(r.kind()).get(r.id())) : r).toList();
    }

    private StatusSource source(ApplicationKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No status source for " + kind));
    }

    private String callerUscc() {
        return accounts.requireEnterpriseOf(session.getCallerPrincipal().getName()).getUscc();
    }
}
