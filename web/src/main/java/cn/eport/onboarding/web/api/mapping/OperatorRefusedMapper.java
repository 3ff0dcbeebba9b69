package cn.eport.onboarding.web.api.mapping;

import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.Problem;
import jakarta.ws.rs.ext.Provider;

/**
 * An operator refused beside its fields' rules, with the page's message: 422 {@code operator-no-registration}
 * (no 三证合一 saved yet), 409 {@code operator-duplicate} (the same person stored meanwhile).
 */
@Provider
public class OperatorRefusedMapper extends LocalizedProblemMapper<OperatorRefusedException> {

    @Override
    protected Problem problem(OperatorRefusedException exception, ApiLanguage language) {
        OperatorRefusedException.Reason reason = exception.reason();
        boolean duplicate = reason == OperatorRefusedException.Reason.DUPLICATE;
        // the duplicate's message names the field, as the operator form does
        return of(language, duplicate ? 409 : Problem.UNPROCESSABLE_CONTENT, "operator-" + code(reason), reason.bundleKey(),
                language.text("operator.field.idNumber"));
    }
}
