package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiProblems;
import cn.eport.onboarding.web.api.ApiRefusal;
import cn.eport.onboarding.web.api.FieldError;
import cn.eport.onboarding.workflow.ApplicationStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of a list, those of 业务办理状态查询 (status, 申报 date range), and its page, as the
 * query sends them. Read as text, so that a value the query cannot take is one 400 naming each
 * parameter ({@link QueryParameters}) rather than the framework's 404. The document describes them
 * once (components/parameters, named by {@code @Parameter(ref = …)}).
 */
public class ListParameters {

    /** The largest page a list gives. */
    public static final int MAX_SIZE = 100;
    private static final int DEFAULT_SIZE = 20;

    private final String status;
    private final String declaredFrom;
    private final String declaredTo;
    private final String page;
    private final String size;

    public ListParameters(String status, String declaredFrom, String declaredTo, String page, String size) {
        this.status = status;
        this.declaredFrom = declaredFrom;
        this.declaredTo = declaredTo;
        this.page = page;
        this.size = size;
    }

    /**
     * The list these parameters ask for; what {@code parameters} has already read (a kind, say) is
     * refused together with them.
     *
     * @throws ApiRefusal 400 naming each parameter that could not be read; 422 with the status page's
     *                    message when the start day is after the end day
     */
    ListQuery read(QueryParameters parameters, ApiLanguage language) {
        ApplicationStatus statusWanted = parameters.constant("status", status, ApplicationStatus.class);
        LocalDate from = parameters.date("declaredFrom", declaredFrom);
        LocalDate to = parameters.date("declaredTo", declaredTo);
        int pageNumber = parameters.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = parameters.number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        parameters.check();
        if (!DateRange.isValid(from, to)) {
            // the message the status page shows at its start date
            throw ApiRefusal.of(ApiProblems.of(language, 422, ApiProblems.VALIDATION_FAILED, "api.problem.validation")
                    .withErrors(List.of(new FieldError("declaredFrom", language.text("common.dateRange.invalid",
                            language.text("statusQuery.declaredFrom"), language.text("common.dateTo"))))));
        }
        return new ListQuery(new StatusQuery(statusWanted, new DateRange(from, to)), pageNumber, pageSize);
    }

    /** The status query, and the page of its answer. */
    record ListQuery(StatusQuery query, int page, int size) {
        int first() {
            return page * size;
        }
    }
}
