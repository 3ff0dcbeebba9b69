package cn.eport.onboarding.card;

import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.validation.IdNumberValidator;
import cn.eport.onboarding.validation.IdType;
import cn.eport.onboarding.validation.InputNormalizer;
import cn.eport.onboarding.validation.TextInput;
import cn.eport.onboarding.validation.ValidationResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The field rules of the 补办法人卡 form, as plain Java for pages, REST and services: what is
 * required, how the legal person's ID number is checked (by its type, with the validation rules of
 * R-7), and what even a draft may not hold.
 */
public final class LegalPersonCardRules {

    /** The form's fields in form order. */
    public enum Field {
        REASON, REASON_OTHER, ID_TYPE, ID_NUMBER, CUSTOMS_DISTRICT, CONTACT_NAME, CONTACT_PHONE
    }

    /**
     * A rule broken by one field, as a bundle key whose first argument is the field's label;
     * {@code detail} is the second argument: a {@link cn.eport.onboarding.validation.ValidationProblem}
     * for an ID number, a maximum length, or null.
     */
    public record Problem(Field field, String key, Object detail) implements FieldProblem {

        public Problem(Field field, String key) {
            this(field, key, null);
        }
    }

    public static final String REQUIRED = "card.error.required";
    public static final String ID_NUMBER_INVALID = "card.error.idNumber";
    public static final String ID_TYPE_NOT_CHECKED = "card.error.idTypeNotChecked";
    public static final String TOO_LONG = "card.error.tooLong";
    public static final String PHONE_FORMAT = "card.error.phone";
    public static final String UNKNOWN_CODE = "card.error.unknownCode";

    private static final Set<Field> ALWAYS_REQUIRED = EnumSet.of(Field.REASON, Field.ID_TYPE, Field.ID_NUMBER,
            Field.CUSTOMS_DISTRICT, Field.CONTACT_NAME, Field.CONTACT_PHONE);

    private LegalPersonCardRules() {
    }

    /** The fields that must be filled before 申报 (shown yellow); 其他 asks for the reason in words. */
    public static Set<Field> requiredFor(CardDetails d) {
        Set<Field> required = EnumSet.copyOf(ALWAYS_REQUIRED);
        if (d.getReason() == ReissueReason.OTHER) {
            required.add(Field.REASON_OTHER);
        }
        return required;
    }

    /**
     * The details as they are stored: texts trimmed (blank becomes null), the reason text kept only
     * for 其他, codes upper-cased, the ID number cleaned up as every ID number is (spaces, full-width
     * characters) and, when valid, in its stored form (a 15-digit resident ID becomes 18 digits).
     */
    public static CardDetails normalized(CardDetails input, Clock clock) {
        CardDetails d = input.copy();
        d.setReasonOther(d.getReason() == ReissueReason.OTHER ? TextInput.strippedOrNull(d.getReasonOther()) : null);
        d.setIdTypeCode(TextInput.code(d.getIdTypeCode()));
        String number = InputNormalizer.normalize(d.getIdNumber());
        d.setIdNumber(number == null || number.isEmpty() ? null : number);
        IdType type = d.getIdType();
        if (type != null && d.getIdNumber() != null) {
            ValidationResult result = new IdNumberValidator(clock).validate(type, d.getIdNumber());
            if (result.isValid()) {
                d.setIdNumber(result.canonical());
            }
        }
        d.setCustomsDistrictCode(TextInput.code(d.getCustomsDistrictCode()));
        d.setContactName(TextInput.strippedOrNull(d.getContactName()));
        d.setContactPhone(TextInput.strippedOrNull(d.getContactPhone()));
        return d;
    }

    /** What even a draft (暂存) may not hold: values that can never be right. Expects normalized details. */
    public static List<Problem> forDraft(CardDetails d, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, Field.REASON_OTHER, d.getReasonOther(), CardDetails.MAX_REASON_OTHER);
        if (d.getIdTypeCode() != null && d.getIdType() == null) {
            problems.add(new Problem(Field.ID_TYPE, ID_TYPE_NOT_CHECKED));
        }
        if (d.getIdType() != null && d.getIdNumber() != null) {
            new IdNumberValidator(clock).validate(d.getIdType(), d.getIdNumber()).firstError()
                    .ifPresent(error -> problems.add(new Problem(Field.ID_NUMBER, ID_NUMBER_INVALID, error)));
        } else {
            tooLong(problems, Field.ID_NUMBER, d.getIdNumber(), CardDetails.MAX_ID_NUMBER);
        }
        tooLong(problems, Field.CONTACT_NAME, d.getContactName(), CardDetails.MAX_CONTACT_NAME);
        if (d.getContactPhone() != null && !RegistrationRules.isPhoneNumber(d.getContactPhone())) {
            problems.add(new Problem(Field.CONTACT_PHONE, PHONE_FORMAT));
        }
        return problems;
    }

    /** Everything that stops 申报, in form order: missing required fields and bad values. Expects normalized details. */
    public static List<Problem> forDeclaration(CardDetails d, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : requiredFor(d)) {
            if (isEmpty(field, d)) {
                problems.add(new Problem(field, REQUIRED));
            }
        }
        problems.addAll(forDraft(d, clock));
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, TOO_LONG, max));
        }
    }

    private static boolean isEmpty(Field field, CardDetails d) {
        Object value = switch (field) {
            case REASON -> d.getReason();
            case REASON_OTHER -> d.getReasonOther();
            case ID_TYPE -> d.getIdTypeCode();
            case ID_NUMBER -> d.getIdNumber();
            case CUSTOMS_DISTRICT -> d.getCustomsDistrictCode();
            case CONTACT_NAME -> d.getContactName();
            case CONTACT_PHONE -> d.getContactPhone();
        };
        return TextInput.isMissing(value);
    }
}
