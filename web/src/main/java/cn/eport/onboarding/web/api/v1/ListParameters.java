package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.status.StatusQuery;
import cn.eport.onboarding.time.DateRange;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.workflow.ApplicationStatus;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The filters of a kind's list, those of 业务办理状态查询 (status, 申报 date range), and its page. Values
 * the query cannot take are refused with 400 and what would have been accepted.
 */
public class ListParameters {

    static final int MAX_SIZE = 100;

    @QueryParam("status")
    @Parameter(description = "Only applications in this status", example = "DECLARED")
    private String status;

    @QueryParam("declaredFrom")
    @Parameter(description = "Declared on or after this day (ISO-8601)", example = "2026-01-01")
    private String declaredFrom;

    @QueryParam("declaredTo")
    @Parameter(description = "Declared on or before this day (ISO-8601)", example = "2026-12-31")
    private String declaredTo;

    @QueryParam("page")
    @DefaultValue("1")
    @Parameter(description = "The page, from 1", example = "1")
    private int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Rows per page, 1 to " + MAX_SIZE, example = "20")
    private int size;

    public ListParameters() {
    }

    ListParameters(String status, String declaredFrom, String declaredTo, int page, int size) {
        this.status = status;
        this.declaredFrom = declaredFrom;
        this.declaredTo = declaredTo;
        this.page = page;
        this.size = size;
    }

    /** The status query these filters ask for. */
    public StatusQuery query(ApiLanguage language) {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw ApiRefusal.of(400, language.text("api.refused.page", MAX_SIZE));
        }
        LocalDate from = date(declaredFrom, "declaredFrom", language);
        LocalDate to = date(declaredTo, "declaredTo", language);
        if (!DateRange.isValid(from, to)) {
            throw ApiRefusal.of(400, language.text("common.dateRange.invalid", "declaredFrom", "declaredTo"));
        }
        return new StatusQuery(status(language), new DateRange(from, to));
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int first() {
        return (page - 1) * size;
    }

    private ApplicationStatus status(ApiLanguage language) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.of(Problem.of(400, language.text("api.refused.value", "status"))
                    .accepting(Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList()));
        }
    }

    private static LocalDate date(String value, String name, ApiLanguage language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiRefusal.of(400, language.text("api.refused.date", name));
        }
    }
}
