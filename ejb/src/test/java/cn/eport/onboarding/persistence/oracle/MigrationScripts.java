package cn.eport.onboarding.persistence.oracle;

import cn.eport.onboarding.persistence.SqlDialect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The product's migration scripts as Oracle receives them (the {@link SqlDialect#ORACLE} placeholders filled in),
 * cut into statements and read for the names and column types they define. Only the statement forms the
 * scripts use are understood; any other one is refused, so a new form cannot slip past the checks unread.
 */
final class MigrationScripts {

    /** A name a script gives: kind is TABLE, COLUMN, INDEX, CONSTRAINT or SEQUENCE. */
    record Name(String kind, String name, String script) {
    }

    /** A column and its type as written (after the placeholders), with the rest of its definition. */
    record Column(String table, String name, String definition, String script) {
    }

    /** One statement: its script and its text (comments removed, whitespace collapsed). */
    record Statement(String script, String sql) {
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)CREATE TABLE (\\S+) \\((.*)\\)");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)CREATE (?:UNIQUE )?INDEX (\\S+) ON (\\S+) \\(.*\\)");
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("(?is)CREATE SEQUENCE (\\S+)( .*)?");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("(?is)ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) .*");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)ALTER TABLE (\\S+) ADD (\\S+) (.*)");
    private static final Pattern RENAME_COLUMN = Pattern.compile("(?is)ALTER TABLE (\\S+) RENAME COLUMN (\\S+) TO (\\S+)");
    private static final Pattern UNNAMING = Pattern.compile(
            "(?is)(ALTER TABLE \\S+ DROP (CONSTRAINT|COLUMN) \\S+|DROP INDEX \\S+|INSERT INTO .*|UPDATE \\S+ SET .*)");

    private final List<Statement> statements = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();

    private MigrationScripts() {
    }

    /** Every script of {@code db/migration}, in version order, as the Oracle dialect renders it. */
    static MigrationScripts forOracle() {
        MigrationScripts scripts = new MigrationScripts();
        Map<String, String> placeholders = SqlDialect.ORACLE.placeholders();
        for (Path file : files()) {
            String text = read(file);
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                text = text.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
            }
            for (String sql : withoutComments(text).split(";")) {
                String statement = sql.strip().replaceAll("\\s+", " ");
                if (!statement.isEmpty()) {
                    scripts.read(new Statement(file.getFileName().toString(), statement));
                }
            }
        }
        return scripts;
    }

    List<Statement> statements() {
        return statements;
    }

    List<Name> names() {
        return names;
    }

    List<Column> columns() {
        return columns;
    }

    private void read(Statement statement) {
        statements.add(statement);
        String sql = statement.sql();
        String script = statement.script();
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).matches()) {
            names.add(new Name("TABLE", m.group(1), script));
            for (String element : topLevelParts(m.group(2))) {
                String[] words = element.split(" ", 3);
                if (words[0].equalsIgnoreCase("CONSTRAINT")) {
                    names.add(new Name("CONSTRAINT", words[1], script));
                } else {
                    names.add(new Name("COLUMN", words[0], script));
                    columns.add(new Column(m.group(1), words[0], element.substring(words[0].length()).strip(), script));
                }
            }
        } else if ((m = CREATE_INDEX.matcher(sql)).matches()) {
            names.add(new Name("INDEX", m.group(1), script));
        } else if ((m = CREATE_SEQUENCE.matcher(sql)).matches()) {
            names.add(new Name("SEQUENCE", m.group(1), script));
        } else if ((m = ADD_CONSTRAINT.matcher(sql)).matches()) {
            names.add(new Name("CONSTRAINT", m.group(2), script));
        } else if ((m = RENAME_COLUMN.matcher(sql)).matches()) {
            names.add(new Name("COLUMN", m.group(3), script));
        } else if ((m = ADD_COLUMN.matcher(sql)).matches()) {
            names.add(new Name("COLUMN", m.group(2), script));
            columns.add(new Column(m.group(1), m.group(2), m.group(3), script));
        } else if (!UNNAMING.matcher(sql).matches()) {
            throw new IllegalStateException(script + ": a statement the Oracle checks do not understand yet: " + sql);
        }
    }

    /** The comma-separated parts of a parenthesised list, ignoring commas inside nested parentheses. */
    private static List<String> topLevelParts(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(list.substring(start).strip());
        return parts;
    }

    private static String withoutComments(String text) {
        return text.replaceAll("--[^\\n]*", "");
    }

    private static List<Path> files() {
        URL folder = MigrationScripts.class.getClassLoader().getResource("db/migration");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(MigrationScripts::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
