package cn.eport.onboarding.it.operator;

import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.it.ActingUsers;
import cn.eport.onboarding.it.Deployments;
import cn.eport.onboarding.it.FilerEnterprise;
import cn.eport.onboarding.it.TestData;
import cn.eport.onboarding.operator.DraftsOutcome;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorInput;
import cn.eport.onboarding.operator.OperatorQuery;
import cn.eport.onboarding.operator.OperatorRefusedException;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.operator.bulk.ImportCheck;
import cn.eport.onboarding.operator.bulk.ImportColumn;
import cn.eport.onboarding.operator.bulk.OperatorImportService;
import cn.eport.onboarding.operator.bulk.RowReject;
import cn.eport.onboarding.operator.bulk.SheetRefusedException;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import static cn.eport.onboarding.it.operator.ImportFiles.csv;
import static cn.eport.onboarding.it.operator.ImportFiles.goodRow;
import static cn.eport.onboarding.it.operator.ImportFiles.goodRows;
import static cn.eport.onboarding.it.operator.ImportFiles.newResidentId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk import of operators (issue 11 item 5) in the real server: every row checked by the form's
 * rules, duplicates in the file and against the enterprise's operators, nothing stored by the check, the
 * good rows saved all or none, whole files refused (wrong headings, empty, 10,000 rows, no spreadsheet),
 * GB18030 and .xlsx files, the tenant and the role, the precondition (F-51), and 500 rows together (their time logged for the benchmark).
 */
@ExtendWith(ArquillianExtension.class)
class OperatorImportServiceIT extends ActingUsers {

    private static final Logger LOG = Logger.getLogger(OperatorImportServiceIT.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OperatorImportServiceIT.class, ImportFiles.class);
    }

    @Inject
    private OperatorImportService imports;

    @Inject
    private OperatorService operators;

    @Inject
    private RegistrationService registrations;

    @Inject
    private FilerEnterprise filerEnterprise;

    /** it-filer on a new enterprise with a 三证合一 draft: an enterprise of the test's own, that may enter operators. */
    private void newEnterpriseWithRegistration(String name) throws Exception {
        filerEnterprise.moveToNew(name, "赵导");
        SaveOutcome<?> draft = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.SAVE_DRAFT));
        assertTrue(draft.saved(), draft.problems().toString());
    }

    private long filersOperators() throws Exception {
        return filer(() -> operators.count(OperatorQuery.ALL));
    }

    @Test
    void everyRowIsCheckedByTheFormsRulesAndNothingIsStored() throws Exception {
        newEnterpriseWithRegistration("导入检查测试有限公司");
        String entered = newResidentId();
        String twice = newResidentId();
        DraftsOutcome before = filer(() -> operators.saveDrafts(List.of(new OperatorInput("201", entered, "已录入", null, null,
                null, null, null, null, null))));
        assertTrue(before.saved(), before.rejected().toString());

        byte[] file = csv(List.of(
                goodRow(newResidentId(), "张一"),                                      // line 2: good
                "居民身份证,110105199003071539,王错号,,,,,,,",                              // line 3: wrong check digit
                "居民身份证," + newResidentId() + ",李手机,,,1380013800,,,,",                // line 4: mobile of 10 digits
                "身份证," + newResidentId() + ",赵类别,,,,,,,",                             // line 5: no ID type
                goodRow(twice, "钱二"),                                                // line 6: good
                goodRow(twice, "钱二又"),                                               // line 7: the person of line 6
                goodRow(entered, "已录入又"),                                            // line 8: entered already
                "居民身份证," + newResidentId() + ",孙性别,女,,,,,,",                         // line 9: a man's number
                ",,,,,,,,,",                                                          // blank: passed over
                goodRow(newResidentId(), "周三")));                                    // line 11: good

        ImportCheck check = filer(() -> imports.check(file));

        assertEquals(9, check.rows());
        assertEquals(List.of(2L, 6L, 11L), check.good().stream().map(r -> r.line()).toList());
        assertEquals(6, check.rejectedRows());
        assertReject(check, 3, ImportColumn.ID_NUMBER, OperatorRules.ID_NUMBER_INVALID);
        assertReject(check, 4, ImportColumn.MOBILE, OperatorRules.MOBILE_FORMAT);
        assertReject(check, 5, ImportColumn.ID_TYPE, "operatorImport.error.idType");
        RowReject sameAsLine6 = assertReject(check, 7, ImportColumn.ID_NUMBER, "operatorImport.error.duplicateInFile");
        assertEquals("6", sameAsLine6.detail());
        assertReject(check, 8, ImportColumn.ID_NUMBER, OperatorRules.DUPLICATE);
        assertReject(check, 9, ImportColumn.GENDER, OperatorRules.GENDER_MISMATCH);
        assertEquals(1, filersOperators(), "the check stores nothing");
    }

    @Test
    void theGoodRowsAreSavedAsDraftsAllOrNone() throws Exception {
        newEnterpriseWithRegistration("导入保存测试有限公司");
        String meanwhile = newResidentId();
        List<String> rows = new ArrayList<>(goodRows(3, "全或无"));
        rows.add(goodRow(meanwhile, "同时录入"));
        ImportCheck check = filer(() -> imports.check(csv(rows)));
        assertEquals(4, check.good().size());

        // between the check and the confirmation, the same person is entered on the form
        assertTrue(filer(() -> operators.saveDrafts(List.of(new OperatorInput("201", meanwhile, "同时录入", null, null,
                null, null, null, null, null)))).saved());
        DraftsOutcome refused = filer(() -> imports.save(check.good()));
        assertFalse(refused.saved());
        assertEquals(List.of(3), List.copyOf(refused.rejected().keySet()));
        assertEquals(1, filersOperators(), "none of the other three is stored");

        ImportCheck again = filer(() -> imports.check(csv(rows)));
        assertEquals(3, again.good().size());
        DraftsOutcome saved = filer(() -> imports.save(again.good()));
        assertTrue(saved.saved(), saved.rejected().toString());
        assertEquals(3, saved.ids().size());
        assertEquals(4, filersOperators());
        List<Operator> list = filer(() -> operators.list(new OperatorQuery(null, "全或无", null), 0, 10));
        assertEquals(3, list.size());
        assertTrue(list.stream().allMatch(o -> o.getStatus() == ApplicationStatus.DRAFT));
        assertTrue(list.stream().allMatch(o -> "13800138000".equals(o.getDetails().getMobile())));
    }

    @Test
    void malformedFilesAreRefusedAsAWhole() throws Exception {
        newEnterpriseWithRegistration("导入格式测试有限公司");
        assertRefused(SheetRefusedException.Reason.UNKNOWN_HEADINGS, List.of("证件类型", "手机"),
                "证件类型,证件号码,姓名,手机\r\n居民身份证,1,2,3\r\n".getBytes(Charset.forName("UTF-8")));
        assertRefused(SheetRefusedException.Reason.MISSING_HEADINGS, List.of("证件号码"),
                "证件类别,姓名\r\n居民身份证,王\r\n".getBytes(Charset.forName("UTF-8")));
        assertRefused(SheetRefusedException.Reason.EMPTY, List.of(), new byte[0]);
        assertRefused(SheetRefusedException.Reason.NO_ROWS, List.of(), csv(List.of()));
        List<String> tenThousand = Collections.nCopies(10_000, goodRow("110105199003071538", "万人"));
        assertRefused(SheetRefusedException.Reason.TOO_MANY_ROWS, List.of("5000"), csv(tenThousand));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(SheetRefusedException.Reason.NOT_A_SPREADSHEET, List.of(), png);
        assertEquals(0, filersOperators());
    }

    @Test
    void gb18030AndWorkbookFilesImportAlike() throws Exception {
        newEnterpriseWithRegistration("导入编码测试有限公司");
        String gbPerson = newResidentId();
        String xlsxPerson = newResidentId();
        ImportCheck gb = filer(() -> imports.check(csv(List.of(goodRow(gbPerson, "欧阳国标")), Charset.forName("GB18030"))));
        ImportCheck xlsx = filer(() -> imports.check(ImportFiles.xlsx(List.of(goodRow(xlsxPerson, "司马表格")))));
        assertTrue(filer(() -> imports.save(gb.good())).saved());
        assertTrue(filer(() -> imports.save(xlsx.good())).saved());

        assertEquals("欧阳国标", filer(() -> operators.list(new OperatorQuery(gbPerson, null, null), 0, 1)).get(0).getDetails().getName());
        assertEquals("司马表格", filer(() -> operators.list(new OperatorQuery(xlsxPerson, null, null), 0, 1)).get(0).getDetails().getName());
    }

    @Test
    void anImportWorksInTheCallersEnterpriseOnly() throws Exception {
        String person = newResidentId();
        byte[] file = csv(List.of(goodRow(person, "租户甲")));
        assertTrue(a(() -> imports.save(a(() -> imports.check(file)).good())).saved());

        ImportCheck again = a(() -> imports.check(file));
        assertEquals(OperatorRules.DUPLICATE, again.rejects().get(0).key(), "A has the person now");
        ImportCheck ofB = b(() -> imports.check(file));
        assertEquals(1, ofB.good().size(), "B's import does not see A's operators");
        assertTrue(b(() -> imports.save(ofB.good())).saved());
        assertEquals(1, a(() -> operators.list(new OperatorQuery(person, null, null), 0, 10)).size(), "each has its own");
        assertEquals(1, b(() -> operators.list(new OperatorQuery(person, null, null), 0, 10)).size());

        assertThrows(EJBAccessException.class, () -> reviewer(() -> imports.check(file)));
        assertThrows(EJBAccessException.class, () -> imports.check(file));
    }

    @Test
    void anEnterpriseWithoutThreeInOneRecordCannotImport() throws Exception {
        filerEnterprise.moveToNew("导入前提测试有限公司", "钱前");
        byte[] file = csv(goodRows(1, "前提"));
        OperatorRefusedException refused = assertThrows(OperatorRefusedException.class, () -> filer(() -> imports.check(file)));
        assertEquals(OperatorRefusedException.Reason.NO_REGISTRATION, refused.reason());
    }

    /**
     * 500 rows read, checked and saved in one transaction. The time it takes is logged for
     * bench/README.md (issue 11's 10 s target); it is a figure, never a condition of the test.
     */
    @Test
    void fiveHundredRowsImportTogether() throws Exception {
        newEnterpriseWithRegistration("导入性能测试有限公司");
        byte[] file = ImportFiles.xlsx(goodRows(500, "性能"));
        long start = System.nanoTime();
        ImportCheck check = filer(() -> imports.check(file));
        long checked = System.nanoTime();
        DraftsOutcome saved = filer(() -> imports.save(check.good()));
        long done = System.nanoTime();

        assertTrue(saved.saved(), saved.rejected().toString());
        assertEquals(500, saved.ids().size());
        long totalMs = (done - start) / 1_000_000;
        LOG.info(() -> "operator import of 500 rows (.xlsx, " + file.length + " bytes): read and checked in "
                + (checked - start) / 1_000_000 + " ms, saved in " + (done - checked) / 1_000_000 + " ms, total " + totalMs + " ms");
        System.out.println("BENCH operator-import 500 rows: check " + (checked - start) / 1_000_000 + " ms, save "
                + (done - checked) / 1_000_000 + " ms, total " + totalMs + " ms");
    }

    private void assertRefused(SheetRefusedException.Reason reason, List<String> names, byte[] file) {
        SheetRefusedException refused = assertThrows(SheetRefusedException.class, () -> filer(() -> imports.check(file)));
        assertEquals(reason, refused.reason());
        assertEquals(names, refused.names());
    }

    private static RowReject assertReject(ImportCheck check, long line, ImportColumn column, String key) {
        List<RowReject> ofLine = check.rejects().stream().filter(r -> r.line() == line).toList();
        assertEquals(1, ofLine.size(), "line " + line + ": " + ofLine);
        RowReject reject = ofLine.get(0);
        assertEquals(column, reject.column(), "line " + line + ": " + reject);
        assertEquals(key, reject.key(), "line " + line + ": " + reject);
        return reject;
    }
}
