package cn.eport.onboarding.web.i18n;

import cn.eport.onboarding.audit.AccountAuditDetails;
import cn.eport.onboarding.web.audit.AuditEntryTexts;
import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit page says every login and account detail and names every kind of record in both languages. */
class AuditMessagesTest {

    @Test
    void everyLoginAndAccountDetailHasItsText() {
        for (AccountAuditDetails.Code code : AccountAuditDetails.Code.values()) {
            Bundles.inBothLanguages("audit.detail.account." + code);
        }
        assertEquals("密码错误", Bundles.ZH.getString("audit.detail.account.WRONG_PASSWORD"));
    }

    @Test
    void everyKindOfRecordOfTheFilterHasItsName() {
        for (String type : AuditEntryTexts.subjectTypes()) {
            boolean application = Arrays.stream(ApplicationKind.values()).anyMatch(k -> k.name().equals(type));
            Bundles.inBothLanguages(application ? "applicationKind." + type : "audit.subjectType." + type);
        }
        assertTrue(AuditEntryTexts.subjectTypes().containsAll(Arrays.asList("ATTACHMENT", "ACCOUNT", "URL", "ENTERPRISE_REGISTRATION")));
    }
}
