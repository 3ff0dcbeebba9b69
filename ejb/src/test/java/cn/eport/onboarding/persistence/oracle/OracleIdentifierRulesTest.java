package cn.eport.onboarding.persistence.oracle;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every name and column type of the migrations, read as Oracle receives them, against Oracle's rules
 * (docs/adr/0033-oracle-compatibility-evidence.md): no reserved word, plain unquoted identifiers of at most
 * 30 bytes (Oracle 19c allows 128; 30 keeps 12.1 and tools that still assume it), only types Oracle has, and
 * none of the habits Oracle reads differently (an empty string is NULL there; DEFAULT after NOT NULL is a
 * syntax error).
 */
class OracleIdentifierRulesTest {

    private static final int ORACLE_12_1_IDENTIFIER_BYTES = 30;
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    /** The types our scripts may use on Oracle; anything else (BOOLEAN, TEXT, BYTEA, SERIAL, BIGINT, ...) is refused. */
    private static final Pattern ORACLE_TYPE = Pattern.compile(
            "(?i)(VARCHAR\\((\\d+)\\)|CHAR\\(\\d+\\)|NUMBER\\(\\d+(,\\d+)?\\)|INTEGER|SMALLINT|(?:DECIMAL|NUMERIC)\\(\\d+, ?\\d+\\)"
                    + "|DATE|TIMESTAMP|BLOB|CLOB)( .*)?");
    /** What may follow the type in a column definition (a DEFAULT, then the NULL constraint). */
    private static final Pattern COLUMN_TAIL = Pattern.compile("(?i)( DEFAULT (\\d+|'[^']+'))?( NOT NULL| NULL)?");
    /** The largest VARCHAR that holds any text of that many characters in AL32UTF8 in 4000 bytes (3 bytes per CJK character). */
    private static final int CJK_SAFE_VARCHAR = 1333;
    /** Wider VARCHARs and why they are acceptable (README, "Deploying ... with Oracle"). */
    private static final Map<String, String> WIDE_VARCHARS = Map.of(
            "batch_run.parameters", "job parameters: ASCII names and paths, so 2000 characters are 2000 bytes",
            "dir_registry_record.business_scope", "a registry's 经营范围 of more than 1333 Chinese characters needs"
                    + " MAX_STRING_SIZE=EXTENDED on Oracle (the deployment section says so)");

    private final MigrationScripts scripts = MigrationScripts.forOracle();

    @Test
    void readsEveryKindOfName() {
        Set<String> kinds = scripts.names().stream().map(MigrationScripts.Name::kind).collect(Collectors.toSet());
        assertEquals(Set.of("TABLE", "COLUMN", "INDEX", "CONSTRAINT", "SEQUENCE"), kinds);
        assertTrue(scripts.names().size() > 300, "names read: " + scripts.names().size());
    }

    @Test
    void noNameIsAnOracleReservedWord() throws IOException {
        Set<String> reserved = reservedWords();
        assertTrue(reserved.containsAll(Set.of("SIZE", "DATE", "LEVEL", "COMMENT", "USER", "ROWID")), "the list loaded");
        List<String> offending = scripts.names().stream()
                .filter(n -> reserved.contains(n.name().toUpperCase(Locale.ROOT)))
                .map(OracleIdentifierRulesTest::describe).toList();
        assertEquals(List.of(), offending, "names that are Oracle reserved words");
    }

    @Test
    void everyNameIsAPlainUnquotedIdentifierOfAtMost30Bytes() {
        List<String> offending = scripts.names().stream()
                .filter(n -> !PLAIN_IDENTIFIER.matcher(n.name()).matches()
                        || n.name().getBytes(StandardCharsets.UTF_8).length > ORACLE_12_1_IDENTIFIER_BYTES
                        || n.name().toLowerCase(Locale.ROOT).startsWith("sys_"))
                .map(OracleIdentifierRulesTest::describe).toList();
        assertEquals(List.of(), offending,
                "names must be lower-case letters, digits and _, start with a letter, not SYS_, at most 30 bytes");
        List<String> quoted = scripts.statements().stream().filter(s -> s.sql().contains("\""))
                .map(s -> s.script() + ": " + s.sql()).toList();
        assertEquals(List.of(), quoted, "quoted identifiers are case-sensitive on Oracle and PostgreSQL alike");
    }

    @Test
    void everyColumnTypeExistsInOracle() {
        List<String> offending = scripts.columns().stream()
                .filter(c -> !oracleColumn(c.definition()))
                .map(c -> c.script() + ": " + c.table() + "." + c.name() + " " + c.definition()).toList();
        assertEquals(List.of(), offending, "column definitions Oracle does not accept (type, or DEFAULT after NOT NULL)");
    }

    @Test
    void everyVarcharHoldsItsLengthInChineseCharacters() {
        List<String> offending = scripts.columns().stream()
                .filter(c -> varcharLength(c.definition()) > CJK_SAFE_VARCHAR
                        && !WIDE_VARCHARS.containsKey(c.table() + "." + c.name()))
                .map(c -> c.script() + ": " + c.table() + "." + c.name() + " " + c.definition()).toList();
        assertEquals(List.of(), offending, "VARCHAR longer than 1333 characters exceeds 4000 bytes in Chinese on Oracle");
        assertTrue(scripts.columns().stream().allMatch(c -> varcharLength(c.definition()) <= 4000), "VARCHAR2 ends at 4000");
    }

    @Test
    void noStatementWritesAnEmptyString() {
        List<String> offending = scripts.statements().stream().filter(s -> s.sql().contains("''"))
                .map(s -> s.script() + ": " + s.sql()).toList();
        assertEquals(List.of(), offending, "Oracle stores '' as NULL");
    }

    private static boolean oracleColumn(String definition) {
        Matcher type = ORACLE_TYPE.matcher(definition);
        return type.matches() && COLUMN_TAIL.matcher(type.group(4) == null ? "" : type.group(4)).matches();
    }

    private static int varcharLength(String definition) {
        Matcher type = ORACLE_TYPE.matcher(definition);
        return type.matches() && type.group(2) != null ? Integer.parseInt(type.group(2)) : 0;
    }

    private static String describe(MigrationScripts.Name name) {
        return name.script() + ": " + name.kind() + " " + name.name();
    }

    private static Set<String> reservedWords() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                OracleIdentifierRulesTest.class.getResourceAsStream("/oracle/reserved-words.txt"), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }
}
