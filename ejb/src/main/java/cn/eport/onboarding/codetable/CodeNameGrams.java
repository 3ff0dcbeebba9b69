package cn.eport.onboarding.codetable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The n-grams of a Chinese name that make "name contains the text" an index lookup
 * ({@code code_name_gram}, docs/adr/0008-code-tables.md). The one place grams are built: the loader,
 * the benchmark and every other writer go through {@link CodeEntryWriter}, which uses this class.
 * <p>
 * A name's grams are its distinct 2-character substrings and, in the tables that answer 1-character
 * input ({@link CodeTable#minSuggestLength()} below 2), also its distinct single characters.
 * Characters are Unicode code points, so the rare place-name characters outside the BMP count as one
 * character, as they do for SQL {@code LIKE} and {@code VARCHAR} lengths.
 * <p>
 * Every name that contains a text T contains each gram of T, so the entries holding one gram of T
 * ({@link #lookupGrams}) are a superset of the answer; the query re-checks the LIKE.
 */
public final class CodeNameGrams {

    /** The longest gram: a bigram. */
    public static final int MAX_GRAM_LENGTH = 2;

    private CodeNameGrams() {
    }

    /** Whether the table keeps the single characters of its names (it answers 1-character input). */
    public static boolean keepsSingleCharacters(CodeTable table) {
        return table.minSuggestLength() < MAX_GRAM_LENGTH;
    }

    /** The distinct grams of the name in the given table, in the order they first occur. */
    public static Set<String> of(CodeTable table, String name) {
        int[] chars = name.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        boolean singles = keepsSingleCharacters(table);
        for (int i = 0; i < chars.length; i++) {
            if (singles) {
                grams.add(new String(chars, i, 1));
            }
            if (i + 1 < chars.length) {
                grams.add(new String(chars, i, 2));
            }
        }
        return grams;
    }

    /** At most this many grams of a long text are candidates for the lookup (each costs one index probe). */
    public static final int MAX_CANDIDATES = 8;

    /**
     * The grams the name search may read the entries of, for a text of at least one character: the
     * text itself when it has one or two characters (then every entry with the gram contains the
     * text), else its first {@value #MAX_CANDIDATES} distinct bigrams, in order. Every name that
     * contains the text holds each of them; {@link CodeSuggester} reads the entries of the rarest.
     */
    public static List<String> lookupGrams(String text) {
        int length = text.codePointCount(0, text.length());
        if (length < 1) {
            throw new IllegalArgumentException("No gram in an empty text");
        }
        if (length <= MAX_GRAM_LENGTH) {
            return List.of(text);
        }
        int[] chars = text.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < chars.length && grams.size() < MAX_CANDIDATES; i++) {
            grams.add(new String(chars, i, 2));
        }
        return List.copyOf(grams);
    }
}
