package cn.eport.onboarding.it;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.audit.Sha256;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.LegalPersonCardService;
import cn.eport.onboarding.customs.CustomsFilingRules;
import cn.eport.onboarding.customs.CustomsFilingService;
import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationDiff;
import cn.eport.onboarding.declaration.DeclarationDiff.AttachmentChange;
import cn.eport.onboarding.declaration.DeclarationDiff.Change;
import cn.eport.onboarding.declaration.DeclarationDiff.FieldChange;
import cn.eport.onboarding.declaration.DeclarationVersion;
import cn.eport.onboarding.declaration.DeclaredAttachment;
import cn.eport.onboarding.declaration.DeclaredField;
import cn.eport.onboarding.declaration.DeclaredFields;
import cn.eport.onboarding.declaration.OwnDeclarations;
import cn.eport.onboarding.directory.CustomsEnterpriseRecord;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.directory.table.CustomsRecordEntry;
import cn.eport.onboarding.directory.table.ForexEnterpriseEntry;
import cn.eport.onboarding.enterprise.ApplicationNotFoundException;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.enterprise.RegistrationService;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.forex.ForexFilingRules;
import cn.eport.onboarding.forex.ForexFilingService;
import cn.eport.onboarding.mofcom.MofcomFilingRules;
import cn.eport.onboarding.mofcom.MofcomFilingService;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.operator.OperatorService;
import cn.eport.onboarding.review.OwnEnterpriseException;
import cn.eport.onboarding.review.ReviewDeclarations;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import cn.eport.onboarding.review.ReviewService;
import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationStatus;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.eport.onboarding.workflow.ApplicationKind.CUSTOMS_FILING;
import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static cn.eport.onboarding.workflow.ApplicationKind.FOREX_FILING;
import static cn.eport.onboarding.workflow.ApplicationKind.LEGAL_PERSON_CARD;
import static cn.eport.onboarding.workflow.ApplicationKind.MOFCOM_FILING;
import static cn.eport.onboarding.workflow.ApplicationKind.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The snapshot of every 申报 in the real server (issue 12 item 2): each kind's first 申报 is round 1
 * with every field of its form and the certificate scans that go with it; a return, a change and a
 * second 申报 make round 2 and leave round 1 as it was; the diff between them; and who may read them.
 */
@ExtendWith(ArquillianExtension.class)
class DeclarationSnapshotIT extends ActingUsers {

    private static final String LICENCE = "BUSINESS_LICENCE";
    private static final String LEGAL_PERSON_ID = "LEGAL_PERSON_ID";
    private static final String FOREIGN_TRADE = "FOREIGN_TRADE_FILING";
    private static final String CUSTOMS_REGISTRATION = "CUSTOMS_REGISTRATION";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DeclarationSnapshotIT.class);
    }

    @Inject
    private FilingFixtures fixtures;

    @Inject
    private OwnDeclarations own;

    @Inject
    private ReviewDeclarations reviewed;

    @Inject
    private ReviewService reviews;

    @Inject
    private RegistrationService registrations;

    @Inject
    private MofcomFilingService mofcom;

    @Inject
    private CustomsFilingService customs;

    @Inject
    private ForexFilingService forex;

    @Inject
    private LegalPersonCardService cards;

    @Inject
    private OperatorService operators;

    @Inject
    private AttachmentService attachments;

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n" + text + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    }

    private static void declared(SaveOutcome<?> outcome) {
        assertTrue(outcome.saved(), outcome.problems().toString());
        assertTrue(outcome.status() == ApplicationStatus.DECLARED || outcome.status() == ApplicationStatus.APPROVED,
                "declared: " + outcome.status());
    }

    private static Map<String, DeclaredField> byName(Declaration d) {
        return d.fields().stream().collect(Collectors.toMap(DeclaredField::field, Function.identity()));
    }

    /** Every field of the kind's rule enum is in the declaration, in the enum's (the form's) order. */
    private static void hasEveryFieldOf(Declaration d, Enum<?>[] ruleFields) {
        List<String> expected = Arrays.stream(ruleFields).map(DeclaredFields::name).toList();
        List<String> names = d.fields().stream().map(DeclaredField::field).filter(expected::contains).toList();
        assertEquals(expected, names, d.kind() + " declares every field of its form in order");
    }

    /** As the filer: the application's one version, round 1 by it-filer, and what it declared; reviewers read the same. */
    private Declaration roundOne(ApplicationKind kind, EnterpriseApplication application) throws Exception {
        Long id = application.getId();
        List<DeclarationVersion> versions = filer(() -> own.versions(kind, id));
        assertEquals(1, versions.size(), kind + ": one 申报, one version");
        assertEquals(1, versions.get(0).round());
        assertEquals(FilerEnterprise.FILER, versions.get(0).declaredBy());
        assertEquals(versions, reviewer(() -> reviewed.versions(kind, id)), "reviewers see the same versions");
        Declaration d = filer(() -> own.declaration(kind, id, 1));
        assertEquals(kind, d.kind());
        assertEquals(id, d.applicationId());
        assertEquals(application.getNumber(), d.number());
        assertEquals(application.getEnterpriseUscc(), d.enterpriseUscc());
        assertEquals(application.getEnterpriseName(), d.enterpriseName());
        assertEquals(1, d.round());
        assertEquals(FilerEnterprise.FILER, d.declaredBy());
        assertEquals(d, reviewer(() -> reviewed.declaration(kind, id, 1)));
        return d;
    }

    @Test
    void onlyEnterpriseUsersAndReviewersReadThem() {
        assertThrows(EJBAccessException.class, () -> own.versions(ENTERPRISE_REGISTRATION, 1L), "not logged in");
        assertThrows(EJBAccessException.class, () -> reviewer(() -> own.versions(ENTERPRISE_REGISTRATION, 1L)), "a reviewer has no enterprise");
        assertThrows(EJBAccessException.class, () -> a(() -> reviewed.versions(ENTERPRISE_REGISTRATION, 1L)), "an enterprise user");
    }

    @Test
    void theFirstDeclarationOfEveryKindIsRoundOneWithEveryFieldAndItsFiles() throws Exception {
        String name = "快照测试（北京）示例贸易有限公司";
        String uscc = fixtures.newEnterprise(name, "林申报");

        // 三证合一 with a licence scan, declared by the enterprise and approved
        SaveOutcome<RegistrationRules.Problem> draft = filer(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("2200"), WorkflowAction.SAVE_DRAFT));
        byte[] licence = pdf("licence");
        Attachment scan = filer(() -> attachments.upload(ENTERPRISE_REGISTRATION, draft.id(), LICENCE, "营业执照.pdf", licence));
        long version = filer(() -> registrations.find(draft.id())).getVersion();
        declared(filer(() -> registrations.save(draft.id(), version, UUID.randomUUID().toString(), TestData.completeRegistration("2200"),
                WorkflowAction.DECLARE)));
        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, draft.id()));
        reviewer(() -> reviews.approve(ENTERPRISE_REGISTRATION, draft.id()));
        Declaration registration = roundOne(ENTERPRISE_REGISTRATION, filer(() -> registrations.find(draft.id())));
        hasEveryFieldOf(registration, RegistrationRules.Field.values());
        Map<String, DeclaredField> fields = byName(registration);
        assertEquals(new DeclaredField("customsDistrict", "registration.field.customsDistrict", "2200", "2200 上海海关", null),
                fields.get("customsDistrict"));
        assertEquals("万元", fields.get("capitalUnit").display(), "注册资金单位 by name, as the form shows it");
        assertEquals("10k yuan", fields.get("capitalUnit").displayEn());
        assertEquals("500", fields.get("registeredCapital").value());
        assertEquals("2200", fields.get("cardIssuer").value(), "the back-filled 发卡机构 too");
        DeclaredAttachment declaredScan = new DeclaredAttachment(scan.getId(), LICENCE, "营业执照.pdf", licence.length, Sha256.hex(licence));
        assertEquals(List.of(declaredScan), registration.attachments());

        // 商务部备案: approved at once at its 申报, still snapshot; a filing declares its 三证合一 record's scans
        SaveOutcome<MofcomFilingRules.Problem> mofcomOutcome = filer(() -> mofcom.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeMofcom(), WorkflowAction.DECLARE));
        declared(mofcomOutcome);
        assertEquals(ApplicationStatus.APPROVED, mofcomOutcome.status());
        Declaration mofcomDeclaration = roundOne(MOFCOM_FILING, filer(() -> mofcom.find(mofcomOutcome.id())));
        hasEveryFieldOf(mofcomDeclaration, MofcomFilingRules.Field.values());
        assertEquals("私营企业", byName(mofcomDeclaration).get("operatorType").display());
        assertEquals("70.5 万美元", byName(mofcomDeclaration).get("capitalUsd").display());
        assertEquals("林申报", byName(mofcomDeclaration).get("legalPerson").value());
        assertEquals(List.of(declaredScan), mofcomDeclaration.attachments());

        // 海关备案 (reviewed) and 外汇备案 (the directory confirms it: approved at once)
        fixtures.seed(new CustomsRecordEntry(new CustomsEnterpriseRecord(uscc, name,
                "2201" + (100000 + ThreadLocalRandom.current().nextInt(900000)), "2200", LocalDate.of(2020, 5, 6)), Instant.now()),
                new ForexEnterpriseEntry(new ForexEnterpriseRecord(uscc, name, "林申报", "110000"), Instant.now()));
        SaveOutcome<CustomsFilingRules.Problem> customsOutcome = filer(() -> customs.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeCustomsFiling("2200"), WorkflowAction.DECLARE));
        declared(customsOutcome);
        Declaration customsDeclaration = roundOne(CUSTOMS_FILING, filer(() -> customs.find(customsOutcome.id())));
        hasEveryFieldOf(customsDeclaration, CustomsFilingRules.Field.values());
        assertEquals("2200 上海海关", byName(customsDeclaration).get("customsDistrict").display());
        assertEquals("6", byName(customsDeclaration).get("economicType").value(), "企业经济类型 from the 三证合一 record");
        assertEquals(List.of(declaredScan), customsDeclaration.attachments());

        ForexFilingDetails forexDetails = new ForexFilingDetails();
        forexDetails.setForexBureauCode("110000");
        forexDetails.setBusinessScope("货物进出口；技术进出口。");
        forexDetails.setContactName("王芳");
        forexDetails.setContactPhone("010-62345678");
        forexDetails.setContactEmail("wang.fang@example.com");
        SaveOutcome<ForexFilingRules.Problem> forexOutcome = filer(() -> forex.save(null, 0, UUID.randomUUID().toString(),
                forexDetails, WorkflowAction.DECLARE));
        declared(forexOutcome);
        Declaration forexDeclaration = roundOne(FOREX_FILING, filer(() -> forex.find(forexOutcome.id())));
        hasEveryFieldOf(forexDeclaration, ForexFilingRules.Field.values());
        assertEquals("北京市海淀区中关村大街1号", byName(forexDeclaration).get("registeredAddress").value());
        assertEquals("wang.fang@example.com", byName(forexDeclaration).get("contactEmail").display());

        // 补办法人卡 and 操作员 hold their own scans
        SaveOutcome<LegalPersonCardRules.Problem> cardOutcome = filer(() -> cards.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeCard(), WorkflowAction.DECLARE));
        declared(cardOutcome);
        Declaration card = roundOne(LEGAL_PERSON_CARD, filer(() -> cards.find(cardOutcome.id())));
        hasEveryFieldOf(card, LegalPersonCardRules.Field.values());
        assertEquals("卡片遗失", byName(card).get("reason").display());
        assertEquals("Card lost", byName(card).get("reason").displayEn());
        assertEquals("11010119900307002X", byName(card).get("idNumber").value());
        assertEquals(List.of(), card.attachments(), "the card application has no scans of its own");

        SaveOutcome<OperatorRules.Problem> operatorOutcome = filer(() -> operators.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeOperator(), WorkflowAction.DECLARE));
        declared(operatorOutcome);
        Declaration operator = roundOne(OPERATOR, filer(() -> operators.find(operatorOutcome.id())));
        hasEveryFieldOf(operator, OperatorRules.Field.values());
        assertEquals("测试操作员", byName(operator).get("name").value());
        assertEquals("男", byName(operator).get("gender").display(), "derived from the ID number");
        assertEquals("2200 上海海关", byName(operator).get("customsDistrict").display());
    }

    @Test
    void aReturnAChangeAndAnotherDeclarationMakeRoundTwoAndLeaveRoundOneAsItWas() throws Exception {
        SaveOutcome<RegistrationRules.Problem> draft = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("2200"), WorkflowAction.SAVE_DRAFT));
        Long id = draft.id();
        byte[] licence = pdf("licence v1");
        Attachment oldLicence = a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, LICENCE, "营业执照.pdf", licence));
        Attachment idCard = a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, LEGAL_PERSON_ID, "身份证.pdf", pdf("id")));
        Attachment filing = a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, FOREIGN_TRADE, "备案.pdf", pdf("filing")));
        long v1 = a(() -> registrations.find(id)).getVersion();
        declared(a(() -> registrations.save(id, v1, UUID.randomUUID().toString(), TestData.completeRegistration("2200"), WorkflowAction.DECLARE)));
        DeclarationVersion first = a(() -> own.versions(ENTERPRISE_REGISTRATION, id)).get(0);
        Declaration firstDeclared = a(() -> own.declaration(ENTERPRISE_REGISTRATION, id, 1));
        assertTrue(reviewer(() -> reviewed.changesSinceReturn(ENTERPRISE_REGISTRATION, id)).isEmpty(), "nothing to compare after one 申报");

        reviewer(() -> reviews.claim(ENTERPRISE_REGISTRATION, id));
        reviewer(() -> reviews.returnToEnterprise(ENTERPRISE_REGISTRATION, id, "主管海关填错；营业执照不清晰"));

        // the enterprise changes the 主管海关 (a code), keeps the phone, replaces the licence, drops the filing, adds a scan
        RegistrationDetails changed = TestData.completeRegistration("2201");
        a(() -> { attachments.delete(oldLicence.getId()); return null; });
        a(() -> { attachments.delete(filing.getId()); return null; });
        byte[] newLicence = pdf("licence v2");
        Attachment replacement = a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, LICENCE, "营业执照-清晰.pdf", newLicence));
        Attachment added = a(() -> attachments.upload(ENTERPRISE_REGISTRATION, id, CUSTOMS_REGISTRATION, "报关登记证.pdf", pdf("customs")));
        long v2 = a(() -> registrations.find(id)).getVersion();
        declared(a(() -> registrations.save(id, v2, UUID.randomUUID().toString(), changed, WorkflowAction.DECLARE)));

        List<DeclarationVersion> versions = a(() -> own.versions(ENTERPRISE_REGISTRATION, id));
        assertEquals(List.of(1, 2), versions.stream().map(DeclarationVersion::round).toList());
        assertEquals(first, versions.get(0), "round 1 is kept as it was, hash and all");
        assertEquals(firstDeclared, a(() -> own.declaration(ENTERPRISE_REGISTRATION, id, 1)));
        assertFalse(versions.get(0).contentSha256().equals(versions.get(1).contentSha256()));
        Declaration second = reviewer(() -> reviewed.declaration(ENTERPRISE_REGISTRATION, id, 2));
        assertEquals(2, second.round());
        assertEquals("ent-a", second.declaredBy());

        DeclarationDiff diff = reviewer(() -> reviewed.changesSinceReturn(ENTERPRISE_REGISTRATION, id)).orElseThrow();
        FieldChange district = diff.fields().get(0);
        assertEquals("customsDistrict", district.field());
        assertEquals("registration.field.customsDistrict", district.labelKey());
        assertEquals("2200 上海海关", district.before().display(), "the code's name as it was at the first 申报");
        assertEquals("2201 上海浦江海关", district.after().display(), "and at the second");
        assertFalse(diff.changedFieldNames().contains("contactPhone"), "an unchanged field is not listed: " + diff.changedFieldNames());
        assertFalse(diff.changedFieldNames().contains("registeredCapital"), "500 stays 500, however the database scales it");
        assertEquals(List.of(
                new AttachmentChange(Change.REPLACED, LICENCE, declared(oldLicence, licence), declared(replacement, newLicence)),
                new AttachmentChange(Change.ADDED, CUSTOMS_REGISTRATION, null, second.attachments().stream()
                        .filter(x -> x.attachmentId().equals(added.getId())).findFirst().orElseThrow()),
                new AttachmentChange(Change.REMOVED, FOREIGN_TRADE, firstDeclared.attachments().stream()
                        .filter(x -> x.attachmentId().equals(filing.getId())).findFirst().orElseThrow(), null)),
                diff.attachments());
        assertTrue(diff.attachments().stream().noneMatch(c -> c.documentType().equals(LEGAL_PERSON_ID)),
                "the ID card scan was declared both times: unchanged (" + idCard.getId() + ")");
    }

    private static DeclaredAttachment declared(Attachment a, byte[] content) {
        return new DeclaredAttachment(a.getId(), a.getDocumentType(), a.getDisplayName(), content.length, Sha256.hex(content));
    }

    @Test
    void anotherEnterpriseAndTheReviewersOwnEnterpriseCannotReadThem() throws Exception {
        SaveOutcome<RegistrationRules.Problem> declaredByA = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.DECLARE));
        declared(declaredByA);
        Long id = declaredByA.id();
        assertEquals(1, a(() -> own.versions(ENTERPRISE_REGISTRATION, id)).size());

        // another enterprise: exactly like an id that does not exist
        ApplicationNotFoundException others = assertThrows(ApplicationNotFoundException.class,
                () -> b(() -> own.versions(ENTERPRISE_REGISTRATION, id)));
        ApplicationNotFoundException missing = assertThrows(ApplicationNotFoundException.class,
                () -> b(() -> own.versions(ENTERPRISE_REGISTRATION, Long.MAX_VALUE)));
        assertEquals(missing.getClass(), others.getClass());
        assertThrows(ApplicationNotFoundException.class, () -> b(() -> own.declaration(ENTERPRISE_REGISTRATION, id, 1)));
        assertThrows(ApplicationNotFoundException.class, () -> a(() -> own.declaration(ENTERPRISE_REGISTRATION, id, 2)),
                "a round never declared");
        assertThrows(ApplicationNotFoundException.class, () -> a(() -> own.versions(MOFCOM_FILING, id)), "the id under another kind");

        // reviewers: not of their own enterprise; nothing of a draft never declared
        assertThrows(OwnEnterpriseException.class, () -> reviewerOfA(() -> reviewed.versions(ENTERPRISE_REGISTRATION, id)));
        assertThrows(OwnEnterpriseException.class, () -> reviewerOfA(() -> reviewed.declaration(ENTERPRISE_REGISTRATION, id, 1)));
        SaveOutcome<RegistrationRules.Problem> draft = a(() -> registrations.save(null, 0, UUID.randomUUID().toString(),
                TestData.completeRegistration("0100"), WorkflowAction.SAVE_DRAFT));
        assertEquals(List.of(), a(() -> own.versions(ENTERPRISE_REGISTRATION, draft.id())), "the owner's draft: no version yet");
        assertThrows(ReviewItemNotFoundException.class, () -> reviewer(() -> reviewed.versions(ENTERPRISE_REGISTRATION, draft.id())));
        assertThrows(ReviewItemNotFoundException.class, () -> reviewer(() -> reviewed.changesSinceReturn(ENTERPRISE_REGISTRATION, draft.id())));

        // deleting the draft touches no snapshot (it has none); the declared one's stays
        long version = a(() -> registrations.find(draft.id())).getVersion();
        a(() -> { registrations.delete(draft.id(), version); return null; });
        assertEquals(1, reviewer(() -> reviewed.versions(ENTERPRISE_REGISTRATION, id)).size());
    }
}
