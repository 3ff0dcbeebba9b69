package cn.eport.onboarding.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The only class that uses Hibernate Validator's API (provided by Payara), so that its absence
 * shows as a {@link LinkageError} that {@link ConstraintReports} handles.
 */
final class HibernateMessages {

    private HibernateMessages() {
    }

    static void report(ValidationResult result, ConstraintValidatorContext context, String property) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        for (ValidationProblem error : result.errors()) {
            error.arguments().forEach(hibernate::addMessageParameter);
            var violation = hibernate.buildConstraintViolationWithTemplate("{" + error.key() + "}");
            if (property == null) {
                violation.addConstraintViolation();
            } else {
                violation.addPropertyNode(property).addConstraintViolation();
            }
        }
    }
}
