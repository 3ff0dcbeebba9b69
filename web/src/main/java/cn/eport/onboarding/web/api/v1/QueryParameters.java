package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.FieldError;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.WebApplicationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a request's query parameters, collecting what cannot be read: {@link #check()} then refuses
 * the request with one 400 problem ({@code invalid-parameter}) naming every such parameter, in the
 * caller's language, instead of a 404 or 500 of the framework.
 */
final class QueryParameters {

    static final String INVALID = "invalid-parameter";

    private final ApiLanguage language;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();

    QueryParameters(ApiLanguage language) {
        this.language = language;
    }

    /** The constant named (any case), or null when absent. */
    <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            refuse(name, value);
            Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(accepted::add);
            return null;
        }
    }

    /** An ISO-8601 date ({@code 2026-12-06}), or null when absent. */
    LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            refuse(name, value);
            return null;
        }
    }

    /** A whole number from min to max, the default when absent. */
    int number(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(new FieldError(name, language.text("api.problem.parameter.range", name, value, min, max)));
        return defaultValue;
    }

    /** @throws WebApplicationException 400 when a parameter could not be read */
    void check() {
        if (!errors.isEmpty()) {
            Problem problem = Problem.of(400, language.text("api.problem.parameters")).withCode(INVALID).withErrors(errors);
            throw new WebApplicationException((accepted.isEmpty() ? problem : problem.accepting(accepted)).response());
        }
    }

    private void refuse(String name, String value) {
        errors.add(new FieldError(name, language.text("api.problem.parameter", name, value)));
    }
}
