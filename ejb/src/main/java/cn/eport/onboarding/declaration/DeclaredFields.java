package cn.eport.onboarding.declaration;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a kind's {@link DeclaredField}s in form order, the same way for every kind: the field's name
 * from its rule enum ({@code CUSTOMS_DISTRICT} is {@code customsDistrict}), its label key from the
 * kind's bundle prefix, the stored value as text and what a person reads, with code names resolved
 * as the pages show them ({@code code name}; the name alone for tables whose codes mean nothing to users).
 */
public final class DeclaredFields {

    /** Tables whose codes mean nothing to users: shown by name alone (as the pages' drop-downs). */
    private static final Set<CodeTable> NAME_ONLY = EnumSet.of(CodeTable.CAPITAL_UNIT, CodeTable.DOCUMENT_TYPE);

    private final String messagePrefix;
    private final CodeNames codes;
    private final List<DeclaredField> fields = new ArrayList<>();

    private DeclaredFields(String messagePrefix, CodeNames codes) {
        this.messagePrefix = messagePrefix;
        this.codes = codes;
    }

    /**
     * @param messagePrefix the kind's bundle prefix ({@code registration}): labels are {@code <prefix>.field.<name>}
     */
    public static DeclaredFields of(String messagePrefix, CodeNames codes) {
        return new DeclaredFields(messagePrefix, codes);
    }

    /** A form field's name: its rule enum's name in lowerCamelCase, the input id on the page. */
    public static String name(Enum<?> field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** A text as typed. */
    public DeclaredFields text(Enum<?> field, String value) {
        return text(name(field), labelKey(field), value);
    }

    /** A text shown on the form but not one of its rule enum's fields (a back-filled, read-only one). */
    public DeclaredFields text(String field, String labelKey, String value) {
        String text = value == null ? "" : value;
        return add(field, labelKey, text, text, null);
    }

    /** A code of a code table, shown with its name as it is now (so as it was at this 申报). */
    public DeclaredFields code(Enum<?> field, CodeTable table, String code) {
        return code(name(field), labelKey(field), table, code);
    }

    /** A code shown on the form but not one of its rule enum's fields. */
    public DeclaredFields code(String field, String labelKey, CodeTable table, String code) {
        if (code == null || code.isBlank()) {
            return add(field, labelKey, "", "", null);
        }
        Optional<CodeEntry> entry = codes.entry(table, code);
        String zh = entry.map(e -> label(table, code, e.getNameZh())).orElse(code);
        String en = entry.map(CodeEntry::getNameEn).map(name -> label(table, code, name)).orElse(null);
        return add(field, labelKey, code, zh, en);
    }

    /** A date, ISO-8601 (what the pages show). */
    public DeclaredFields date(Enum<?> field, LocalDate date) {
        return text(field, date == null ? null : date.toString());
    }

    /** A number, plain and without trailing zeros, so the same amount always reads the same. */
    public DeclaredFields number(Enum<?> field, BigDecimal number) {
        return text(field, plain(number));
    }

    /** An amount in a unit named by the bundle ({@code 100 万元}). */
    public DeclaredFields amount(Enum<?> field, BigDecimal amount, String unitKey) {
        if (amount == null) {
            return text(field, null);
        }
        String value = plain(amount);
        return add(name(field), labelKey(field), value, value + " " + Texts.chinese(unitKey),
                Texts.english(unitKey).map(unit -> value + " " + unit).orElse(null));
    }

    /** One of a fixed list of choices (an enum), labelled from the bundle as {@code <textPrefix><NAME>}. */
    public DeclaredFields choice(Enum<?> field, Enum<?> choice, String textPrefix) {
        if (choice == null) {
            return text(field, null);
        }
        String key = textPrefix + choice.name();
        return add(name(field), labelKey(field), choice.name(), Texts.chinese(key), Texts.english(key).orElse(null));
    }

    /** The fields added so far, in the order they were added. */
    public List<DeclaredField> list() {
        return List.copyOf(fields);
    }

    private String labelKey(Enum<?> field) {
        return messagePrefix + ".field." + name(field);
    }

    private DeclaredFields add(String field, String labelKey, String value, String display, String displayEn) {
        fields.add(new DeclaredField(field, labelKey, value, display, displayEn));
        return this;
    }

    private static String label(CodeTable table, String code, String name) {
        return NAME_ONLY.contains(table) ? name : code + " " + name;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
