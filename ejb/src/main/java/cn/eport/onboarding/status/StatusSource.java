package cn.eport.onboarding.status;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.List;

/**
 * What 业务办理状态查询 needs of one application kind: one implementation (a CDI bean) per kind. A
 * new kind (the filings) joins the list, its paging and its 删除 by adding one of these.
 */
public interface StatusSource {

    ApplicationKind kind();

    /**
     * Up to {@code max} of the enterprise's applications matching the query, in
     * {@link StatusRules#ORDER} (last changed first, ties by id, newest first), paged in the database.
     */
    List<ApplicationSummary> list(String enterpriseUscc, StatusQuery query, int first, int max);

    long count(String enterpriseUscc, StatusQuery query);

    /**
     * 删除 of one of the caller's applications of this kind, through the kind's own service (which
     * scopes it to the caller's enterprise, checks the version and asks the state machine).
     */
    void delete(Long id, long expectedVersion);
}
