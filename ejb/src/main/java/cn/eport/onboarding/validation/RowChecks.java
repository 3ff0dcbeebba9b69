package cn.eport.onboarding.validation;

import cn.eport.onboarding.codetable.CodeSyntax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The field rules of a record read from a file, each returning the value it checked (null when
 * absent or wrong) and noting what is wrong as a {@link RowProblem} with a Chinese reason. The same
 * rules as the pages where they exist: {@link CodeSyntax} for codes, {@link UsccValidator} for USCCs.
 */
public final class RowChecks {

    /** Dates in files: ISO {@code yyyy-MM-dd}. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final RowFields fields;
    private final List<RowProblem> problems = new ArrayList<>();

    public RowChecks(RowFields fields) {
        this.fields = fields;
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void problem(String field, String reason) {
        problems.add(new RowProblem(field, reason));
    }

    /** Text of at most maxLength characters. */
    public String text(String field, boolean required, int maxLength) {
        String value = fields.get(field);
        if (value == null) {
            if (required) {
                problem(field, "必填字段为空：应填写" + field);
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(field, "长度为 " + value.length() + " 个字符，超过上限 " + maxLength);
            return null;
        }
        return value;
    }

    /** A code of a code table: 1-32 characters 0-9 A-Z _ - (CodeSyntax), at most maxLength. */
    public String code(String field, boolean required, int maxLength) {
        String value = text(field, required, Math.max(maxLength, CodeSyntax.MAX_LENGTH));
        if (value != null && !CodeSyntax.isCode(value)) {
            problem(field, "“" + value + "”不是合法代码：应为大写字母、数字、下划线或连字符，以字母或数字开头，最长 "
                    + CodeSyntax.MAX_LENGTH + " 位");
            return null;
        }
        if (value != null && value.length() > maxLength) {
            problem(field, "代码“" + value + "”长度为 " + value.length() + "，超过上限 " + maxLength);
            return null;
        }
        return value;
    }

    /** Exactly the given number of digits. */
    public String digits(String field, boolean required, int length) {
        String value = text(field, required, Integer.MAX_VALUE);
        if (value != null && (value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            problem(field, "“" + value + "”应为 " + length + " 位数字");
            return null;
        }
        return value;
    }

    /** A unified social credit code with its check character right (GB 32100-2015). */
    public String uscc(String field) {
        String value = text(field, true, Integer.MAX_VALUE);
        if (value != null && !UsccValidator.isValid(value)) {
            problem(field, "“" + value + "”不是有效的统一社会信用代码：应为 18 位（数字及除 I、O、S、V、Z 外的大写字母），且校验位正确");
            return null;
        }
        return value;
    }

    /** A day written yyyy-MM-dd, from 1900-01-01 up to the given latest day. */
    public LocalDate date(String field, boolean required, LocalDate latest) {
        String value = text(field, required, Integer.MAX_VALUE);
        if (value == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            problem(field, "“" + value + "”不是日期：应为 yyyy-MM-dd 格式，如 2024-03-01");
            return null;
        }
        if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
            problem(field, "日期 " + value + " 不合理：应在 " + EARLIEST + " 至 " + latest + " 之间");
            return null;
        }
        return day;
    }

    /** An amount not below zero, at most 14 digits before and 6 after the point (DECIMAL(20,6)). */
    public BigDecimal amount(String field) {
        String value = text(field, false, Integer.MAX_VALUE);
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(field, "“" + value + "”不是数字：应为如 500 或 120.5 的金额");
            return null;
        }
        if (amount.signum() < 0) {
            problem(field, "金额 " + value + " 不能小于 0");
            return null;
        }
        if (amount.scale() > 6 || amount.precision() - amount.scale() > 14) {
            problem(field, "金额 " + value + " 超出范围：整数部分最多 14 位，小数最多 6 位");
            return null;
        }
        amount = amount.stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    /** One of the allowed values. */
    public String oneOf(String field, boolean required, Collection<String> allowed) {
        String value = text(field, required, Integer.MAX_VALUE);
        if (value != null && !allowed.contains(value)) {
            problem(field, "“" + value + "”不是可选值：应为 " + String.join("、", allowed) + " 之一");
            return null;
        }
        return value;
    }
}
