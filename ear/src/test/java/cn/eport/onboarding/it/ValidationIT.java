package cn.eport.onboarding.it;

import cn.eport.onboarding.validation.IdNumber;
import cn.eport.onboarding.validation.IdType;
import cn.eport.onboarding.validation.Uscc;
import cn.eport.onboarding.validation.UsccValidator;
import cn.eport.onboarding.validation.ValidationProblem;
import cn.eport.onboarding.validation.ValidationTexts;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validation constraints inside Payara: its Bean Validation provider finds the ejb module's
 * ValidationMessages bundle from a web module and fills in the message arguments (the concrete
 * reason, not the general "not valid" message).
 */
@ExtendWith(ArquillianExtension.class)
class ValidationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ValidationIT.class);
    }

    @Inject
    private Validator validator;

    static class Form {
        @Uscc
        String uscc;

        @IdNumber(type = IdType.RESIDENT_ID)
        String legalPersonId;

        Form(String uscc, String legalPersonId) {
            this.uscc = uscc;
            this.legalPersonId = legalPersonId;
        }
    }

    /** The text of the problem in Chinese or English, whichever the server's default locale picks. */
    private static Set<String> texts(ValidationProblem problem) {
        return Set.of(ValidationTexts.forLocale(Locale.SIMPLIFIED_CHINESE).format(problem),
                ValidationTexts.forLocale(Locale.ENGLISH).format(problem));
    }

    @Test
    void aWrongCheckCharacterIsReportedWithTheExpectedAndTheActualCharacter() {
        List<ConstraintViolation<Form>> violations = List.copyOf(validator.validate(new Form("91350100M000100Y44", null)));
        assertEquals(1, violations.size(), violations::toString);
        ConstraintViolation<Form> violation = violations.get(0);
        assertEquals("uscc", violation.getPropertyPath().toString());
        ValidationProblem problem = UsccValidator.strict().validate("91350100M000100Y44").firstError().orElseThrow();
        assertTrue(texts(problem).contains(violation.getMessage()), violation.getMessage());
    }

    @Test
    void birthDatesAreCheckedAgainstTheServerClock() {
        List<ConstraintViolation<Form>> violations = List.copyOf(
                validator.validate(new Form("91350100M000100Y43", "310104299912310013")));
        assertEquals(1, violations.size(), violations::toString);
        assertEquals("legalPersonId", violations.get(0).getPropertyPath().toString());
        assertEquals("{eport.validation.birthDate.future}", violations.get(0).getMessageTemplate());
        assertTrue(violations.get(0).getMessage().contains("29991231"), violations.get(0).getMessage());
        assertEquals(Set.of(), validator.validate(new Form("91350100M000100Y43", "11010119900307002X")));
    }
}
