package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.enterprise.RegistrationRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldDependentsTest {

    private static final FormPages PAGES = new FormPages("reg", "registration", "/view", "/list");

    @Test
    void aChoiceNamesTheWrappersOfTheFieldsThatFollowIt() {
        FieldDependents<RegistrationRules.Field> dependents = FieldDependents.of(RegistrationRules.Field.class)
                .on(RegistrationRules.Field.LEGAL_PERSON_TYPE, List.of(RegistrationRules.Field.BUSINESS_AUTHORITY,
                        RegistrationRules.Field.TAX_AUTHORITY))
                .on(RegistrationRules.Field.ENTERPRISE_TYPE, List.of(RegistrationRules.Field.ENTERPRISE_TYPE_OTHER));
        assertEquals(":reg:businessAuthority-field :reg:taxAuthority-field", dependents.clientIds(PAGES, "LEGAL_PERSON_TYPE"));
        assertEquals(":reg:enterpriseTypeOther-field", dependents.clientIds(PAGES, "ENTERPRISE_TYPE"));
        assertEquals("", dependents.clientIds(PAGES, "CONTACT_PHONE"), "a field nothing depends on");
    }

    @Test
    void theFormsDeclareTheirDependentsFromTheRules() {
        assertEquals(":reg:businessAuthority-field :reg:taxAuthority-field :reg:qualityAuthority-field",
                new EditRegistrationBacking().dependentsOf("LEGAL_PERSON_TYPE"), "every code 法人类型 may grey (F-13)");
        assertEquals(":reg:enterpriseTypeOther-field", new EditRegistrationBacking().dependentsOf("ENTERPRISE_TYPE"));
        assertEquals(":card:reasonOther-field", new EditLegalPersonCardBacking().dependentsOf("REASON"));
    }

    @Test
    void anUnknownChoiceIsAMistakeOfThePage() {
        FieldDependents<LegalPersonCardRules.Field> dependents = FieldDependents.of(LegalPersonCardRules.Field.class);
        assertThrows(IllegalArgumentException.class, () -> dependents.clientIds(PAGES, "NO_SUCH_FIELD"));
    }
}
