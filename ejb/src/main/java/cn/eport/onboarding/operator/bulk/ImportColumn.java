package cn.eport.onboarding.operator.bulk;

import cn.eport.onboarding.operator.OperatorRules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the operator import file, in the template's order: the fields of the operator form
 * ({@link OperatorRules.Field}), each with the form's Chinese label as its heading. The header row of a
 * file must use these headings, in any order; the columns a draft requires (证件类别, 证件号码) must be
 * there, the others may be left out.
 */
public enum ImportColumn {

    ID_TYPE("证件类别", OperatorRules.Field.ID_TYPE),
    ID_NUMBER("证件号码", OperatorRules.Field.ID_NUMBER),
    NAME("姓名", OperatorRules.Field.NAME),
    GENDER("性别", OperatorRules.Field.GENDER),
    BIRTH_DATE("出生日期", OperatorRules.Field.BIRTH_DATE),
    MOBILE("手机号码", OperatorRules.Field.MOBILE),
    PHONE("固定电话", OperatorRules.Field.PHONE),
    EMAIL("电子邮箱", OperatorRules.Field.EMAIL),
    ADDRESS("联系地址", OperatorRules.Field.ADDRESS),
    POSTCODE("邮政编码", OperatorRules.Field.POSTCODE);

    private final String heading;
    private final OperatorRules.Field field;

    ImportColumn(String heading, OperatorRules.Field field) {
        this.heading = heading;
        this.field = field;
    }

    /** The heading of the column in the file and the template. */
    public String heading() {
        return heading;
    }

    /** The form field the column fills. */
    public OperatorRules.Field field() {
        return field;
    }

    /** Whether a file without this column is refused: the fields a draft requires. */
    public boolean required() {
        return OperatorRules.required(false).contains(field);
    }

    public static Optional<ImportColumn> ofHeading(String heading) {
        return Arrays.stream(values()).filter(c -> c.heading.equals(heading)).findFirst();
    }

    public static ImportColumn of(OperatorRules.Field field) {
        return Arrays.stream(values()).filter(c -> c.field == field).findFirst().orElseThrow();
    }
}
