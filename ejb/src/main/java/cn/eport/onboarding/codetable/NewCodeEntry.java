package cn.eport.onboarding.codetable;

import java.util.Objects;

/**
 * An entry to add to a code table (initial data, later the sync job). Checked on creation, so a
 * bad line in a source file is reported with its values instead of failing somewhere in SQL.
 *
 * @param nameEn         English name where known, else null
 * @param parentCode     the code of the parent entry in the same table, else null
 * @param cardIssuerCode customs districts only: the data sub-centre that issues cards (发卡机构代码)
 * @param cardIssuerName customs districts only: its name
 */
public record NewCodeEntry(CodeTable table, String code, String nameZh, String nameEn, String parentCode,
                           String cardIssuerCode, String cardIssuerName) {

    public static final int MAX_NAME_LENGTH = 200;

    public NewCodeEntry {
        Objects.requireNonNull(table, "table");
        String entry = table + " " + code + " " + nameZh;
        require(CodeSyntax.isCode(code), "code must be 1-32 characters 0-9 A-Z _ - (got \"" + code + "\")", entry);
        require(nameZh != null && !nameZh.isBlank(), "Chinese name missing", entry);
        require(nameZh.length() <= MAX_NAME_LENGTH, "Chinese name longer than " + MAX_NAME_LENGTH, entry);
        require(nameEn == null || nameEn.length() <= MAX_NAME_LENGTH, "English name longer than " + MAX_NAME_LENGTH, entry);
        require(parentCode == null || CodeSyntax.isCode(parentCode), "parent code is not a code: " + parentCode, entry);
        require(!code.equals(parentCode), "an entry cannot be its own parent", entry);
        boolean hasCardIssuer = cardIssuerCode != null || cardIssuerName != null;
        require(!hasCardIssuer || table == CodeTable.CUSTOMS_DISTRICT, "only customs districts have a card issuer", entry);
        require(!hasCardIssuer || (CodeSyntax.isCode(cardIssuerCode) && cardIssuerName != null
                && !cardIssuerName.isBlank() && cardIssuerName.length() <= MAX_NAME_LENGTH),
                "card issuer needs a code and a name", entry);
    }

    /** An entry without English name, parent or card issuer. */
    public static NewCodeEntry of(CodeTable table, String code, String nameZh) {
        return new NewCodeEntry(table, code, nameZh, null, null, null, null);
    }

    private static void require(boolean condition, String problem, String entry) {
        if (!condition) {
            throw new IllegalArgumentException(problem + " (" + entry + ")");
        }
    }
}
