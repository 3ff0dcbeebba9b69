package cn.eport.onboarding.codetable;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Code suggestion (F-13, F-23, F-32, F-43): the active entries of a table whose code starts with
 * the typed text, or whose Chinese name contains it, in code order, at most 20 (see
 * {@link CodeSuggester} for the rules). Serves the pages' autocomplete fields and the REST API.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CodeSuggestionService {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public List<CodeSuggestion> suggest(CodeTable table, String typed) {
        if (CodeSuggester.lookupFor(table, typed) instanceof CodeSuggester.NoLookup) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            return CodeSuggester.suggest(connection, table, typed, BusinessCalendar.today(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("Code suggestion in " + table + " failed", e);
        }
    }
}
