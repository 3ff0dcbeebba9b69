package cn.eport.onboarding.codetable;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Code suggestion (F-13, F-23, F-32, F-43) as plain JDBC: {@link CodeSuggestionService} runs it in the
 * server and the benchmark (bench/) runs the very same statements against PostgreSQL.
 * <p>
 * The typed text is trimmed. Shorter than the table's {@link CodeTable#minSuggestLength()}: nothing.
 * Made of code characters only ({@link CodeSyntax#couldStartACode}): the active codes that start with
 * it (letters upper-cased), in code order. Any other character (Chinese, most often) cannot occur in
 * a code, so the text is looked for in the Chinese names instead. At most {@value #MAX_SUGGESTIONS}.
 * <p>
 * The prefix search names its range explicitly ({@code code >= prefix AND code < prefix+1}) besides
 * the LIKE: with binary code comparison (docs/adr/0008-code-tables.md) the range is exact, and it lets
 * the unique index (table_name, code) serve the search even in a generic plan of a server-side
 * prepared statement, where the database does not know the LIKE pattern.
 * <p>
 * The name search reads the entries of one gram of the text from {@code code_name_gram} through its
 * primary key (table_name, gram, code), which yields them in code order, joins each to its entry by
 * the unique key (table_name, code) and keeps those whose name contains the text and that count on
 * the day, until 20 are found: the same answer as a LIKE over every name of the table
 * ({@link #BY_NAME_SCAN}), without reading every name. A text of one or two characters is its own
 * gram; for a longer one each candidate bigram ({@link CodeNameGrams#lookupGrams}) is first counted
 * up to {@value #GRAM_COUNT_CAP} entries ({@link #GRAM_ENTRIES}, an index-only probe) and the rarest
 * is read: "街道" + one more character would otherwise read the 20,000 entries of 街道. A candidate
 * without entries means no name contains the text: no further query.
 */
public final class CodeSuggester {

    public static final int MAX_SUGGESTIONS = 20;
    /** Longer text cannot be part of any name (the name column's length). */
    public static final int MAX_TEXT_LENGTH = NewCodeEntry.MAX_NAME_LENGTH;

    private static final String ACTIVE_ON_DAY = """
              AND active = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
            ORDER BY code
            FETCH FIRST %d ROWS ONLY""".formatted(MAX_SUGGESTIONS);

    /** Parameters: table, from, to, LIKE pattern, active (true), day, day. */
    public static final String BY_CODE_PREFIX = """
            SELECT code, name_zh FROM code_entry
            WHERE table_name = ? AND code >= ? AND code < ? AND code LIKE ? ESCAPE '\\'
            """ + ACTIVE_ON_DAY;

    /** Parameters: table, gram, LIKE pattern, active (true), day, day. */
    public static final String BY_NAME = """
            SELECT e.code, e.name_zh FROM code_name_gram g
            JOIN code_entry e ON e.table_name = g.table_name AND e.code = g.code
            WHERE g.table_name = ? AND g.gram = ? AND e.name_zh LIKE ? ESCAPE '\\'
              AND e.active = ? AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to > ?)
            ORDER BY g.code
            FETCH FIRST %d ROWS ONLY""".formatted(MAX_SUGGESTIONS);

    /** Counting a gram's entries stops here: enough to tell a rare gram from a common one. */
    public static final int GRAM_COUNT_CAP = 500;

    /** How many entries hold a gram, up to the cap. Parameters: table, gram. */
    public static final String GRAM_ENTRIES = """
            SELECT COUNT(*) FROM (
              SELECT code FROM code_name_gram WHERE table_name = ? AND gram = ?
              FETCH FIRST %d ROWS ONLY) capped""".formatted(GRAM_COUNT_CAP);

    /**
     * The name search without the gram table, reading every name of the table: not run by the product;
     * the reference its answers are compared with (tests) and measured against (benchmark).
     * Parameters: table, LIKE pattern, active (true), day, day.
     */
    public static final String BY_NAME_SCAN = """
            SELECT code, name_zh FROM code_entry
            WHERE table_name = ? AND name_zh LIKE ? ESCAPE '\\'
            """ + ACTIVE_ON_DAY;

    /** Above every code character: the end of the range when the prefix is empty. */
    private static final String AFTER_ALL_CODES = "\u007f";

    private CodeSuggester() {
    }

    /** What a typed text asks of a table. */
    public sealed interface Lookup permits NoLookup, CodePrefixLookup, NameLookup {
    }

    /** Too short or too long: no database access at all. */
    public record NoLookup() implements Lookup {
    }

    /** Codes in [from, to) that are LIKE pattern, i.e. start with the prefix. */
    public record CodePrefixLookup(String prefix, String from, String to, String pattern) implements Lookup {
    }

    /** Entries whose Chinese name is LIKE pattern, i.e. contains the text, found through the entries with the gram. */
    public record NameLookup(String text, List<String> grams, String pattern) implements Lookup {
    }

    public static Lookup lookupFor(CodeTable table, String typed) {
        String text = typed == null ? "" : typed.strip();
        int length = text.codePointCount(0, text.length());
        if (length < table.minSuggestLength() || length > MAX_TEXT_LENGTH) {
            return new NoLookup();
        }
        if (CodeSyntax.couldStartACode(text)) {
            String prefix = text.toUpperCase(Locale.ROOT);
            String to = prefix.isEmpty() ? AFTER_ALL_CODES
                    : prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
            return new CodePrefixLookup(prefix, prefix, to, escapeLike(prefix) + "%");
        }
        return new NameLookup(text, CodeNameGrams.lookupGrams(text), "%" + escapeLike(text) + "%");
    }

    /** The active entries of the table that match the typed text on the given day, in code order. */
    public static List<CodeSuggestion> suggest(Connection connection, CodeTable table, String typed, LocalDate day)
            throws SQLException {
        Lookup lookup = lookupFor(table, typed);
        if (lookup instanceof CodePrefixLookup byCode) {
            try (PreparedStatement statement = connection.prepareStatement(BY_CODE_PREFIX)) {
                statement.setString(1, table.name());
                statement.setString(2, byCode.from());
                statement.setString(3, byCode.to());
                statement.setString(4, byCode.pattern());
                return run(statement, 5, day);
            }
        }
        if (lookup instanceof NameLookup byName) {
            Optional<String> gram = rarestGram(connection, table, byName.grams());
            if (gram.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
                statement.setString(1, table.name());
                statement.setString(2, gram.get());
                statement.setString(3, byName.pattern());
                return run(statement, 4, day);
            }
        }
        return List.of();
    }

    /**
     * The candidate gram with the fewest entries (counted up to {@link #GRAM_COUNT_CAP}; the first on a
     * tie); empty when one of them has no entry, so that no name can contain the text. A single
     * candidate is returned without counting.
     */
    public static Optional<String> rarestGram(Connection connection, CodeTable table, List<String> grams) throws SQLException {
        if (grams.size() == 1) {
            return Optional.of(grams.get(0));
        }
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        try (PreparedStatement count = connection.prepareStatement(GRAM_ENTRIES)) {
            for (String gram : grams) {
                count.setString(1, table.name());
                count.setString(2, gram);
                long entries;
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    entries = rows.getLong(1);
                }
                if (entries == 0) {
                    return Optional.empty();
                }
                if (entries < fewest) {
                    fewest = entries;
                    rarest = gram;
                }
            }
        }
        return Optional.of(rarest);
    }

    private static List<CodeSuggestion> run(PreparedStatement statement, int next, LocalDate day) throws SQLException {
        Date sqlDay = Date.valueOf(day);
        statement.setBoolean(next, true);
        statement.setDate(next + 1, sqlDay);
        statement.setDate(next + 2, sqlDay);
        List<CodeSuggestion> found = new ArrayList<>(MAX_SUGGESTIONS);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(new CodeSuggestion(rows.getString(1), rows.getString(2)));
            }
        }
        return found;
    }

    /** The text as a LIKE literal with escape character backslash: %, _ and \ match only themselves. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
