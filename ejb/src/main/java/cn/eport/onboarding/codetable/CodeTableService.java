package cn.eport.onboarding.codetable;

import cn.eport.onboarding.time.BusinessCalendar;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the code tables: browsing page by page, counts, and looking up one code. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CodeTableService {

    /** The largest page the browser may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private CodeEntryRepository entries;

    @Inject
    private Clock clock;

    /** The business day validity is judged on (China's calendar). */
    public LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /**
     * Entries of a table, active or not, whose code starts with the search text or whose Chinese or
     * English name contains it (every entry when the text is blank), in code order.
     */
    public List<CodeEntry> page(CodeTable table, String search, int first, int pageSize) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page: first " + first + ", size " + pageSize
                    + " (first >= 0, 1 <= size <= " + MAX_PAGE_SIZE + ")");
        }
        return entries.page(table, search, first, pageSize);
    }

    public long count(CodeTable table, String search) {
        return entries.count(table, search);
    }

    public Map<CodeTable, Long> countByTable() {
        return entries.countByTable();
    }

    /** The entry with this code whatever its status today: what a stored code meant (a declaration's record). */
    public Optional<CodeEntry> find(CodeTable table, String code) {
        return entries.find(table, code);
    }

    /** The entry with this code if it counts today (what a form may accept, e.g. 主管海关 with its 发卡机构). */
    public Optional<CodeEntry> findActive(CodeTable table, String code) {
        LocalDate today = today();
        return entries.find(table, code).filter(e -> e.statusOn(today) == CodeStatus.ACTIVE);
    }
}
