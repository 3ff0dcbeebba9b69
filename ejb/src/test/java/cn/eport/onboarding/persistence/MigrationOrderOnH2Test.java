package cn.eport.onboarding.persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product's Flyway settings ({@link DatabaseMigrator#configured}) on H2: a fresh database gets every
 * script in order, and a database migrated to V16 before V15 existed (issue 9's filings were numbered
 * V14, V15, V16 and built in parallel) gets V15 on its next start instead of a failed deployment.
 */
class MigrationOrderOnH2Test {

    private static final String LATE = "V15__customs_filing.sql";

    private static Flyway product(String url) {
        return DatabaseMigrator.configured(Flyway.configure().dataSource(url, "sa", ""), SqlDialect.H2).load();
    }

    @Test
    void aFreshDatabaseGetsEveryScriptInOrder() throws SQLException {
        String url = "jdbc:h2:mem:fresh;DB_CLOSE_DELAY=-1";
        product(url).migrate();
        List<String> versions = applied(url);
        assertTrue(versions.containsAll(List.of("14", "15", "16")), versions.toString());
        assertEquals(versions.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList(), versions,
                "in order");
    }

    @Test
    void aDatabaseAlreadyAtV16GetsV15OnItsNextStart(@TempDir Path older) throws SQLException, IOException, URISyntaxException {
        // the scripts as they were before V15: every one up to V16 but V15 (the later ones did not exist yet)
        Path scripts = Path.of(migrationFolder().toURI());
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(LATE) && version(f) <= 16).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, older.resolve(file.getFileName()));
                }
            }
        }
        String url = "jdbc:h2:mem:atV16;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + older)
                .placeholders(SqlDialect.H2.placeholders()).load().migrate();
        assertTrue(applied(url).contains("16") && !applied(url).contains("15"), applied(url).toString());

        product(url).migrate();
        List<String> versions = applied(url);
        assertEquals(versions.indexOf("16") + 1, versions.indexOf("15"), "V15 applied after V16 (then the later ones): " + versions);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customs_filing")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the customs filing table exists");
        }
        assertEquals(0, product(url).migrate().migrationsExecuted, "and the next start has nothing to do");
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static URL migrationFolder() {
        return MigrationOrderOnH2Test.class.getClassLoader().getResource("db/migration");
    }

    private static List<String> applied(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                     + " ORDER BY \"installed_rank\"")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }
}
