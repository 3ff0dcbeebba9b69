package cn.eport.onboarding.codetable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CodeEntryRepository {

    private static final String IN_TABLE = " WHERE e.table = :table";
    /** Search: the code starts with the text, or the Chinese or English name contains it. */
    private static final String MATCHING = IN_TABLE
            + " AND (e.code LIKE :prefix ESCAPE '\\'"
            + " OR e.nameZh LIKE :contains ESCAPE '\\'"
            + " OR LOWER(e.nameEn) LIKE :containsLower ESCAPE '\\')";

    @PersistenceContext
    private EntityManager em;

    public Optional<CodeEntry> find(CodeTable table, String code) {
        return em.createQuery("SELECT e FROM CodeEntry e WHERE e.table = :table AND e.code = :code", CodeEntry.class)
                .setParameter("table", table)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Entries of a table matching the search text (all when blank), in code order, one page of them. */
    public List<CodeEntry> page(CodeTable table, String search, int first, int max) {
        return matching("SELECT e FROM CodeEntry e", " ORDER BY e.code", CodeEntry.class, table, search)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(CodeTable table, String search) {
        return matching("SELECT COUNT(e) FROM CodeEntry e", "", Long.class, table, search).getSingleResult();
    }

    public Map<CodeTable, Long> countByTable() {
        Map<CodeTable, Long> counts = new EnumMap<>(CodeTable.class);
        em.createQuery("SELECT e.table, COUNT(e) FROM CodeEntry e GROUP BY e.table", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((CodeTable) row[0], (Long) row[1]));
        return counts;
    }

    private <T> TypedQuery<T> matching(String select, String order, Class<T> type, CodeTable table, String search) {
        String text = search == null ? "" : search.strip();
        if (text.isEmpty()) {
            return em.createQuery(select + IN_TABLE + order, type).setParameter("table", table);
        }
        String escaped = CodeSuggester.escapeLike(text);
        return em.createQuery(select + MATCHING + order, type)
                .setParameter("table", table)
                .setParameter("prefix", escaped.toUpperCase(Locale.ROOT) + "%")
                .setParameter("contains", "%" + escaped + "%")
                .setParameter("containsLower", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
    }
}
