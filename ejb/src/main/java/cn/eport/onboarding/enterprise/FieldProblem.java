package cn.eport.onboarding.enterprise;

/**
 * A problem an application kind's rules found with one field of its form: the field (an enum
 * constant of the kind's rules), the bundle key of the text (its first argument is the field's
 * label) and, where the text needs one, a detail as its second argument.
 */
public interface FieldProblem {

    Enum<?> field();

    String key();

    default Object detail() {
        return null;
    }
}
