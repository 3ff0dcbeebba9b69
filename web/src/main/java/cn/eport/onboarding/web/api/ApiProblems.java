package cn.eport.onboarding.web.api;

import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.web.enterprise.ProblemTexts;

import java.util.List;

/**
 * The token API's problems in the caller's language, from the pages' bundle: a refusal with a stable
 * {@code code} and the text of a bundle key, and the field problems of an application kind's rules
 * with exactly the texts its form shows at those fields.
 * <pre>{@code
 * SaveOutcome<Problem> outcome = registrations.save(...);
 * if (!outcome.saved()) {
 *     return ApiProblems.fieldProblems(language, "registration", outcome.problems()).response();   // 422
 * }
 * }</pre>
 */
public final class ApiProblems {

    public static final String VALIDATION_FAILED = "validation-failed";

    private ApiProblems() {
    }

    /** A refusal: the status, a stable code, and the bundle key's text (with its arguments) as {@code detail}. */
    public static Problem of(ApiLanguage language, int status, String code, String key, Object... arguments) {
        return Problem.of(status, language.text(key, arguments)).withCode(code);
    }

    /**
     * 422 with one entry in {@code errors} per problem, in the rules' order: the field's JSON name and
     * the form's text for it (its label from {@code <messagePrefix>.field.<name>}, as on the page).
     *
     * @param messagePrefix the kind's bundle prefix, as its form uses it ({@code registration}, {@code card},
     *                      {@code operator}, {@code customs}, {@code forex}, {@code mofcom})
     */
    public static Problem fieldProblems(ApiLanguage language, String messagePrefix, List<? extends FieldProblem> problems) {
        List<FieldError> errors = problems.stream().map(problem -> {
            String field = DeclaredFields.name(problem.field());
            String label = language.text(messagePrefix + ".field." + field);
            return new FieldError(field, language.text(problem.key(), label,
                    ProblemTexts.shown(language.locale(), problem.detail())));
        }).toList();
        return of(language, Problem.UNPROCESSABLE_CONTENT, VALIDATION_FAILED, "api.problem.validation").withErrors(errors);
    }
}
