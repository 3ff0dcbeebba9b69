package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.validation.ValidationProblem;
import cn.eport.onboarding.validation.ValidationTexts;
import cn.eport.onboarding.web.api.Problem;

import java.util.List;

/**
 * A kind's rule problems as a 422: each at its field (the JSON name in {@code details}) with the text the
 * form shows there (the field's label first, a validator's finding in the caller's language).
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static ApiRefusal refusal(FormKind<?, ?, ?> form, List<? extends FieldProblem> problems, ApiLanguage language) {
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(DeclaredFields.name(p.field()), text(form, p, language))).toList();
        return ApiRefusal.of(Problem.of(422, language.text("api.refused.fields")).withErrors(errors));
    }

    static String text(FormKind<?, ?, ?> form, FieldProblem problem, ApiLanguage language) {
        Object detail = problem.detail() instanceof ValidationProblem cause
                ? ValidationTexts.forLocale(language.locale()).format(cause) : problem.detail();
        return language.text(problem.key(), language.text(form.labelKey(problem.field())), detail);
    }
}
