package cn.eport.onboarding.forex;

import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.validation.TextInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of the 外汇备案 form (F-40..F-43), as plain Java for pages and services: what is
 * required before 申报, what even a draft may not hold, and how input is cleaned up.
 */
public final class ForexFilingRules {

    /** The form's fields in form order. */
    public enum Field {
        FOREX_BUREAU, BUSINESS_SCOPE, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL
    }

    /**
     * A rule broken by one field, as a bundle key whose first argument is the field's label;
     * {@code detail} is the second argument (a maximum length) or null.
     */
    public record Problem(Field field, String key, Object detail) implements FieldProblem {

        public Problem(Field field, String key) {
            this(field, key, null);
        }
    }

    public static final String REQUIRED = "forex.error.required";
    public static final String TOO_LONG = "forex.error.tooLong";
    public static final String PHONE_FORMAT = "forex.error.phone";
    public static final String EMAIL_FORMAT = "forex.error.email";
    public static final String UNKNOWN_CODE = "forex.error.unknownCode";

    /** Fields that must be filled before 申报 (shown yellow); the e-mail address is optional. */
    public static final Set<Field> REQUIRED_FIELDS = EnumSet.of(Field.FOREX_BUREAU, Field.BUSINESS_SCOPE,
            Field.CONTACT_NAME, Field.CONTACT_PHONE);

    /** An e-mail address as the bureau can write to it: one @, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ForexFilingRules() {
    }

    /**
     * The details as they are stored: texts trimmed (blank becomes null), the bureau code upper-cased;
     * what the server decides (注册地址, 主管海关) is kept as given, {@code prepared} sets it.
     */
    public static ForexFilingDetails normalized(ForexFilingDetails input) {
        ForexFilingDetails d = input.copy();
        d.setForexBureauCode(TextInput.code(d.getForexBureauCode()));
        d.setBusinessScope(TextInput.strippedOrNull(d.getBusinessScope()));
        d.setContactName(TextInput.strippedOrNull(d.getContactName()));
        d.setContactPhone(TextInput.strippedOrNull(d.getContactPhone()));
        d.setContactEmail(TextInput.strippedOrNull(d.getContactEmail()));
        return d;
    }

    /** What even a draft (暂存) may not hold: values that can never be right. Expects normalized details. */
    public static List<Problem> forDraft(ForexFilingDetails d) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, Field.BUSINESS_SCOPE, d.getBusinessScope(), ForexFilingDetails.MAX_BUSINESS_SCOPE);
        tooLong(problems, Field.CONTACT_NAME, d.getContactName(), ForexFilingDetails.MAX_CONTACT_NAME);
        if (d.getContactPhone() != null && !RegistrationRules.isPhoneNumber(d.getContactPhone())) {
            problems.add(new Problem(Field.CONTACT_PHONE, PHONE_FORMAT));
        }
        if (d.getContactEmail() != null) {
            if (d.getContactEmail().length() > ForexFilingDetails.MAX_CONTACT_EMAIL) {
                problems.add(new Problem(Field.CONTACT_EMAIL, TOO_LONG, ForexFilingDetails.MAX_CONTACT_EMAIL));
            } else if (!EMAIL.matcher(d.getContactEmail()).matches()) {
                problems.add(new Problem(Field.CONTACT_EMAIL, EMAIL_FORMAT));
            }
        }
        return problems;
    }

    /** Everything that stops 申报, in form order: missing required fields and bad values. Expects normalized details. */
    public static List<Problem> forDeclaration(ForexFilingDetails d) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : REQUIRED_FIELDS) {
            if (TextInput.isMissing(valueOf(field, d))) {
                problems.add(new Problem(field, REQUIRED));
            }
        }
        problems.addAll(forDraft(d));
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, TOO_LONG, max));
        }
    }

    private static String valueOf(Field field, ForexFilingDetails d) {
        return switch (field) {
            case FOREX_BUREAU -> d.getForexBureauCode();
            case BUSINESS_SCOPE -> d.getBusinessScope();
            case CONTACT_NAME -> d.getContactName();
            case CONTACT_PHONE -> d.getContactPhone();
            case CONTACT_EMAIL -> d.getContactEmail();
        };
    }
}
