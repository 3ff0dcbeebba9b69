package cn.eport.onboarding.operator.bulk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the operator import file, in the template's order, each with its Chinese heading
 * (the header row of the file must use these headings; the order of the columns in a file is free).
 * The same fields as the operator form.
 */
public enum ImportColumn {

    ID_TYPE("证件类别", true),
    ID_NUMBER("证件号码", true),
    NAME("姓名", true),
    GENDER("性别", false),
    BIRTH_DATE("出生日期", false),
    MOBILE("手机", false),
    EMAIL("电子邮箱", false);

    private final String heading;
    private final boolean required;

    ImportColumn(String heading, boolean required) {
        this.heading = heading;
        this.required = required;
    }

    /** The heading of the column in the file and the template. */
    public String heading() {
        return heading;
    }

    /** Whether a file without this column is refused (a column that is there may still have empty cells). */
    public boolean required() {
        return required;
    }

    public static Optional<ImportColumn> ofHeading(String heading) {
        return Arrays.stream(values()).filter(c -> c.heading.equals(heading)).findFirst();
    }
}
