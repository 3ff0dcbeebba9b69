package cn.eport.onboarding.it;

import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeStatus;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.CodeTableService;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browsing the code tables page by page in the database (what /codes/browse shows), on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CodeTableServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CodeTableServiceIT.class);
    }

    @Inject
    private CodeTableService codeTables;

    private List<String> codes(CodeTable table, String search, int first, int size) {
        return codeTables.page(table, search, first, size).stream().map(CodeEntry::getCode).toList();
    }

    @Test
    void pagesFollowTheCodeOrder() {
        assertEquals(List.of("0100", "0200", "0201"), codes(CodeTable.CUSTOMS_DISTRICT, null, 0, 3));
        assertEquals(List.of("0702", "0703"), codes(CodeTable.CUSTOMS_DISTRICT, "  ", 20, 2));
        assertEquals(List.of("9900"), codes(CodeTable.CUSTOMS_DISTRICT, "", 70, 20));
        assertEquals(71, codeTables.count(CodeTable.CUSTOMS_DISTRICT, null));
    }

    @Test
    void searchMatchesTheStartOfTheCodeOrAnyPartOfEitherName() {
        assertEquals(8, codeTables.count(CodeTable.CUSTOMS_DISTRICT, "02"));
        assertEquals(List.of("0200", "0201"), codes(CodeTable.CUSTOMS_DISTRICT, " 天津 ", 0, 20));
        assertEquals(List.of("WAN_YUAN"), codes(CodeTable.CAPITAL_UNIT, "wan_", 0, 20), "code prefix, any case, _ literal");
        assertEquals(List.of("2", "3", "4"), codes(CodeTable.ENTERPRISE_STATUS, "DEREGISTERED", 0, 20),
                "English names, any case");
        assertEquals(0, codeTables.count(CodeTable.CUSTOMS_DISTRICT, "%"), "a wildcard matches only itself");
    }

    @Test
    void entriesShowTheirStatusOfToday() {
        CodeEntry beijing = codeTables.page(CodeTable.CUSTOMS_DISTRICT, "0100", 0, 1).get(0);
        assertEquals(CodeStatus.ACTIVE, beijing.statusOn(codeTables.today()));
        assertEquals(CodeStatus.NOT_YET_VALID, beijing.statusOn(beijing.getValidFrom().minusDays(1)));
        assertTrue(codeTables.findActive(CodeTable.CUSTOMS_DISTRICT, "0100").isPresent());
        assertTrue(codeTables.findActive(CodeTable.CUSTOMS_DISTRICT, "0101").isEmpty(), "no such code");
    }

    @Test
    void pagesAreBounded() {
        EJBException tooLarge = assertThrows(EJBException.class,
                () -> codeTables.page(CodeTable.CUSTOMS_DISTRICT, null, 0, CodeTableService.MAX_PAGE_SIZE + 1));
        assertInstanceOf(IllegalArgumentException.class, tooLarge.getCause());
        assertThrows(EJBException.class, () -> codeTables.page(CodeTable.CUSTOMS_DISTRICT, null, -1, 20));
    }
}
