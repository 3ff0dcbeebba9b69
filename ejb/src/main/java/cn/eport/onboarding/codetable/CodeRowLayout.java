package cn.eport.onboarding.codetable;

import cn.eport.onboarding.validation.RowChecks;
import cn.eport.onboarding.validation.RowFields;
import cn.eport.onboarding.validation.RowOutcome;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file layouts of the code tables (docs/batch-files.md) and the rules of their rows: each row is
 * checked field by field (every problem reported, not only the first) and becomes a {@link NewCodeEntry}.
 */
public enum CodeRowLayout {
    /** customs-districts: the shipped file's layout, with the card-issuing office of each district. */
    CUSTOMS_DISTRICTS(List.of("code", "name", "kind", "card_issuer_code", "card_issuer_name"),
            List.of("code", "name", "parent_code", "province", "kind", "card_issuer_code", "card_issuer_name")),
    /** code-lists: every small list in one file, the list named by its CodeTable constant. */
    CODE_LISTS(List.of("list", "code", "name_zh"), List.of("list", "code", "name_zh", "name_en")),
    /** One code table a file: the authority tables and the administrative divisions. */
    PLAIN(List.of("code", "name_zh"), List.of("code", "name_zh", "name_en", "parent_code"));

    /** The tables code-lists.csv holds: those whose whole list fits one suggestion answer. */
    public static final Set<CodeTable> SMALL_LISTS = Arrays.stream(CodeTable.values())
            .filter(t -> t.minSuggestLength() == 0).collect(Collectors.toUnmodifiableSet());

    private final List<String> required;
    private final List<String> columns;

    CodeRowLayout(List<String> required, List<String> columns) {
        this.required = required;
        this.columns = columns;
    }

    /** The columns a file of this layout must have. */
    public List<String> requiredColumns() {
        return required;
    }

    public List<String> columns() {
        return columns;
    }

    /**
     * Checks one row; {@code table} is the file's table for {@link #PLAIN} and {@link #CUSTOMS_DISTRICTS}
     * (ignored for {@link #CODE_LISTS}, whose rows name their list).
     */
    public RowOutcome<NewCodeEntry> check(CodeTable table, RowFields row) {
        RowChecks checks = new RowChecks(row);
        return switch (this) {
            case CUSTOMS_DISTRICTS -> customsDistrict(checks);
            case CODE_LISTS -> codeListEntry(checks, row);
            case PLAIN -> plain(table, checks);
        };
    }

    private static RowOutcome<NewCodeEntry> customsDistrict(RowChecks checks) {
        String code = checks.digits("code", true, 4);
        String name = checks.text("name", true, NewCodeEntry.MAX_NAME_LENGTH);
        String parent = checks.digits("parent_code", false, 4);
        checks.text("province", false, 20);
        String kind = checks.oneOf("kind", true, List.of("DIRECT", "SUBORDINATE"));
        String issuerCode = checks.code("card_issuer_code", true, CodeSyntax.MAX_LENGTH);
        String issuerName = checks.text("card_issuer_name", true, NewCodeEntry.MAX_NAME_LENGTH);
        if ("DIRECT".equals(kind) && parent != null) {
            checks.problem("parent_code", "直属海关（kind 为 DIRECT）不应有上级关区，却填写了 " + parent);
        } else if ("SUBORDINATE".equals(kind) && parent == null && checks.ok()) {
            checks.problem("parent_code", "隶属海关（kind 为 SUBORDINATE）应填写上级关区代码（4 位数字）");
        }
        parentNotSelf(checks, "parent_code", code, parent);
        return RowOutcome.of(checks, () -> new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, code, name, null, parent,
                issuerCode, issuerName));
    }

    private static RowOutcome<NewCodeEntry> codeListEntry(RowChecks checks, RowFields row) {
        String list = checks.text("list", true, 40);
        CodeTable table = null;
        if (list != null) {
            table = SMALL_LISTS.stream().filter(t -> t.name().equals(list)).findFirst().orElse(null);
            if (table == null) {
                checks.problem("list", "“" + list + "”不是代码列表：应为 " + SMALL_LISTS.stream().map(Enum::name).sorted()
                        .collect(Collectors.joining("、")) + " 之一");
            }
        }
        String code = checks.code("code", true, CodeSyntax.MAX_LENGTH);
        String nameZh = checks.text("name_zh", true, NewCodeEntry.MAX_NAME_LENGTH);
        String nameEn = checks.text("name_en", false, NewCodeEntry.MAX_NAME_LENGTH);
        CodeTable of = table;
        return RowOutcome.of(checks, () -> new NewCodeEntry(of, code, nameZh, nameEn, null, null, null));
    }

    private static RowOutcome<NewCodeEntry> plain(CodeTable table, RowChecks checks) {
        String code = checks.code("code", true, CodeSyntax.MAX_LENGTH);
        String nameZh = checks.text("name_zh", true, NewCodeEntry.MAX_NAME_LENGTH);
        String nameEn = checks.text("name_en", false, NewCodeEntry.MAX_NAME_LENGTH);
        String parent = checks.code("parent_code", false, CodeSyntax.MAX_LENGTH);
        parentNotSelf(checks, "parent_code", code, parent);
        return RowOutcome.of(checks, () -> new NewCodeEntry(table, code, nameZh, nameEn, parent, null, null));
    }

    private static void parentNotSelf(RowChecks checks, String field, String code, String parent) {
        if (code != null && code.equals(parent)) {
            checks.problem(field, "上级代码不能是本代码自身（" + code + "）");
        }
    }
}
