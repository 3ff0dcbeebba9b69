package cn.eport.onboarding.web.api;

import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationRules.Field;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiProblemsTest {

    private static final List<RegistrationRules.Problem> PROBLEMS = List.of(
            new RegistrationRules.Problem(Field.CONTACT_PHONE, RegistrationRules.REQUIRED),
            new RegistrationRules.Problem(Field.CONTACT_PHONE, RegistrationRules.PHONE_FORMAT));

    @Test
    void fieldProblemsCarryTheFormsTextsInChinese() {
        Problem problem = ApiProblems.fieldProblems(ApiLanguage.CHINESE, "registration", PROBLEMS);
        assertEquals(422, problem.status());
        assertEquals("Unprocessable Content", problem.title());
        assertEquals("validation-failed", problem.code());
        assertEquals("请求中有字段不符合要求，详见 errors。", problem.detail());
        assertEquals(List.of(new FieldError("contactPhone", "联系电话：必填项，请填写。"),
                new FieldError("contactPhone", "联系电话格式不正确，例如 010-62345678 或 13800138000。")), problem.errors());
    }

    @Test
    void andInEnglish() {
        Problem problem = ApiProblems.fieldProblems(ApiLanguage.ENGLISH, "registration", PROBLEMS);
        assertEquals("Unprocessable Content", problem.title());
        assertEquals(List.of(new FieldError("contactPhone", "Contact phone: this field is required."),
                new FieldError("contactPhone", "Invalid phone number, e.g. 010-62345678 or 13800138000.")), problem.errors());
    }

    @Test
    void aRefusalHasItsCodeAndTheKeysText() {
        Problem problem = ApiProblems.of(ApiLanguage.ENGLISH, 409, "concurrent-change", "api.problem.concurrentChange");
        assertEquals("Conflict", problem.title());
        assertEquals("concurrent-change", problem.code());
        assertEquals("The record was changed by someone else; nothing was done. Read it again and retry.", problem.detail());
        assertEquals(null, problem.errors());
    }
}
