package cn.eport.onboarding.directory.http;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Typed, strict access to the fields of one JSON answer. Absent fields and JSON {@code null} are
 * "no value"; a value of the wrong JSON type is a {@link MalformedResponseException} naming the
 * field (never its value).
 */
public final class JsonRecord {

    private final JsonObject json;
    private final String usccAskedFor;

    public JsonRecord(JsonObject json, String usccAskedFor) {
        this.json = json;
        this.usccAskedFor = usccAskedFor;
    }

    /** The {@code uscc} field, which must be the USCC that was asked for. */
    public String uscc() throws MalformedResponseException {
        String uscc = requiredText("uscc");
        if (!uscc.equals(usccAskedFor)) {
            throw new MalformedResponseException("the answer is about another enterprise (field uscc)");
        }
        return uscc;
    }

    public String text(String field) throws MalformedResponseException {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new MalformedResponseException("field " + field + " is not a string");
    }

    public String requiredText(String field) throws MalformedResponseException {
        String text = text(field);
        if (text == null || text.isBlank()) {
            throw new MalformedResponseException("field " + field + " is missing");
        }
        return text;
    }

    /** An ISO-8601 calendar date ({@code 2016-03-18}). */
    public LocalDate date(String field) throws MalformedResponseException {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("field " + field + " is not a date (yyyy-MM-dd)");
        }
    }

    public LocalDate requiredDate(String field) throws MalformedResponseException {
        LocalDate date = date(field);
        if (date == null) {
            throw new MalformedResponseException("field " + field + " is missing");
        }
        return date;
    }

    public BigDecimal decimal(String field) throws MalformedResponseException {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw new MalformedResponseException("field " + field + " is not a number");
    }

    /** One of the enum's constant names, exactly. */
    public <E extends Enum<E>> E requiredConstant(String field, Class<E> type) throws MalformedResponseException {
        String text = requiredText(field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("field " + field + " is not one of the values of " + type.getSimpleName());
        }
    }
}
