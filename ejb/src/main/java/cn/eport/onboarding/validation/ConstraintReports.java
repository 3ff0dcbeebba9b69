package cn.eport.onboarding.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the errors of a {@link ValidationResult} into constraint violations whose messages state
 * the concrete reason. Message arguments ({position}, {expected}, ...) need Hibernate Validator's
 * message parameters (Payara's Bean Validation provider); under another provider the constraint's
 * general message is reported instead.
 */
final class ConstraintReports {

    private static final Logger LOG = Logger.getLogger(ConstraintReports.class.getName());

    private ConstraintReports() {
    }

    /** Null or blank (after normalization): nothing to check, as Bean Validation constraints treat null. */
    static boolean isBlank(CharSequence value) {
        return value == null || InputNormalizer.normalize(value.toString()).isEmpty();
    }

    /** Checks an ID number of the given type, with birth dates against the Bean Validation clock. */
    static boolean reportIdNumber(IdType type, CharSequence number, ConstraintValidatorContext context, String property) {
        if (type == null || isBlank(number)) {
            return true;
        }
        IdNumberValidator validator = new IdNumberValidator(context.getClockProvider().getClock());
        return report(validator.validate(type, number.toString()), context, property);
    }

    /**
     * @param property the property to report on (class-level constraints), or {@code null} for the
     *                 annotated element itself
     * @return whether the result is valid
     */
    static boolean report(ValidationResult result, ConstraintValidatorContext context, String property) {
        if (result.isValid()) {
            return true;
        }
        try {
            HibernateMessages.report(result, context, property);
        } catch (ValidationException | LinkageError e) {
            LOG.log(Level.FINE, "No message parameters; reporting the general message", e);
            if (property != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(property).addConstraintViolation();
            }
        }
        return false;
    }
}
