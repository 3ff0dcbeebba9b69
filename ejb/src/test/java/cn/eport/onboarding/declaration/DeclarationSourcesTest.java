package cn.eport.onboarding.declaration;

import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.card.LegalPersonCard;
import cn.eport.onboarding.card.LegalPersonCardDeclarationSource;
import cn.eport.onboarding.card.LegalPersonCardRules;
import cn.eport.onboarding.card.ReissueReason;
import cn.eport.onboarding.codetable.CodeEntry;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.codetable.NewCodeEntry;
import cn.eport.onboarding.customs.CustomsFiling;
import cn.eport.onboarding.customs.CustomsFilingDeclarationSource;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.customs.CustomsFilingRules;
import cn.eport.onboarding.enterprise.Enterprise;
import cn.eport.onboarding.enterprise.EnterpriseRegistration;
import cn.eport.onboarding.enterprise.RegistrationDeclarationSource;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.RegistrationRules;
import cn.eport.onboarding.forex.ForexFiling;
import cn.eport.onboarding.forex.ForexFilingDeclarationSource;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.forex.ForexFilingRules;
import cn.eport.onboarding.i18n.Texts;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.mofcom.MofcomFiling;
import cn.eport.onboarding.mofcom.MofcomFilingDeclarationSource;
import cn.eport.onboarding.mofcom.MofcomFilingRules;
import cn.eport.onboarding.mofcom.OperatorType;
import cn.eport.onboarding.operator.Gender;
import cn.eport.onboarding.operator.Operator;
import cn.eport.onboarding.operator.OperatorDeclarationSource;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.operator.OperatorRules;
import cn.eport.onboarding.workflow.Application;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six kinds' declaration sources on entities built in memory, with a code lookup that knows a few codes. */
class DeclarationSourcesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Enterprise ENTERPRISE = new Enterprise("91110108MA01ABCD5T", "上海测试贸易有限公司", "张三", NOW);

    private final Map<String, CodeEntry> known = new HashMap<>();
    private final CodeNames codes = (table, code) -> Optional.ofNullable(known.get(table + "/" + code));

    DeclarationSourcesTest() {
        know(new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, "2200", "上海海关", "Shanghai Customs", null, "2200", "上海数据分中心"));
        know(new NewCodeEntry(CodeTable.CUSTOMS_DISTRICT, "2201", "浦江海关", null, null, "2200", "上海数据分中心"));
        know(new NewCodeEntry(CodeTable.CAPITAL_UNIT, "2", "万元", "10k yuan", null, null, null));
        know(NewCodeEntry.of(CodeTable.ENTERPRISE_TYPE, "1", "国有企业"));
        know(NewCodeEntry.of(CodeTable.ID_TYPE, "1", "居民身份证"));
    }

    private void know(NewCodeEntry entry) {
        known.put(entry.table() + "/" + entry.code(), new CodeEntry(entry, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void registrationListsEveryFieldOfItsFormInOrderWithCodeNames() {
        RegistrationDetails d = new RegistrationDetails();
        d.setEnterpriseType("1");
        d.setRegisteredCapital(new BigDecimal("100.5000"));
        d.setCapitalUnit("2");
        d.setCustomsDistrictCode("2200");
        d.setTaxAuthorityCode("99999");
        d.setEstablishmentDate(LocalDate.of(2019, 5, 6));
        d.setContactName("李四");
        EnterpriseRegistration registration = new EnterpriseRegistration(ENTERPRISE, "t-1", NOW);
        registration.replaceDetails(d, "t-1", NOW);

        List<DeclaredField> fields = new RegistrationDeclarationSource().using(codes).fields(registration);

        assertEquals(List.of("legalPersonType", "enterpriseType", "enterpriseTypeOther", "businessAuthority", "taxAuthority",
                "qualityAuthority", "registeredCapital", "capitalUnit", "issuingAuthority", "enterpriseStatus",
                "customsDistrict", "cardIssuer", "registeredAddress", "establishmentDate", "contactName", "contactPhone"),
                names(fields));
        Map<String, DeclaredField> byName = byName(fields);
        assertEquals(new DeclaredField("customsDistrict", "registration.field.customsDistrict", "2200", "2200 上海海关",
                "2200 Shanghai Customs"), byName.get("customsDistrict"));
        assertEquals(new DeclaredField("enterpriseType", "registration.field.enterpriseType", "1", "1 国有企业", null),
                byName.get("enterpriseType"));
        // 注册资金单位 is shown by name alone, as on the form
        assertEquals("万元", byName.get("capitalUnit").display());
        assertEquals("10k yuan", byName.get("capitalUnit").displayEn());
        assertEquals("100.5", byName.get("registeredCapital").value());
        assertEquals("2019-05-06", byName.get("establishmentDate").value());
        // a code the tables do not know is shown as it is; nothing given is empty
        assertEquals("99999", byName.get("taxAuthority").display());
        assertEquals(new DeclaredField("qualityAuthority", "registration.field.qualityAuthority", "", "", null),
                byName.get("qualityAuthority"));
        assertEquals("李四", byName.get("contactName").display());
        assertNull(byName.get("contactName").displayEn());
        assertFormOrder(fields, RegistrationRules.Field.values());
    }

    @Test
    void cardReasonIsLabelledFromTheBundleInBothLanguages() {
        CardDetails d = new CardDetails();
        d.setReason(ReissueReason.LOST);
        d.setIdTypeCode("1");
        d.setCustomsDistrictCode("2201");
        d.setCardIssuerCode("2200");
        LegalPersonCard card = new LegalPersonCard(ENTERPRISE, "t-2", NOW);
        card.replaceDetails(d, "t-2", NOW);

        List<DeclaredField> fields = new LegalPersonCardDeclarationSource().using(codes).fields(card);

        Map<String, DeclaredField> byName = byName(fields);
        assertEquals(new DeclaredField("reason", "card.field.reason", "LOST", Texts.chinese("card.reason.LOST"),
                Texts.english("card.reason.LOST").orElseThrow()), byName.get("reason"));
        assertEquals("卡片遗失", byName.get("reason").display());
        assertEquals("Card lost", byName.get("reason").display(true));
        assertEquals("1 居民身份证", byName.get("idType").display());
        // a code without an English name: the Chinese text serves both languages
        assertEquals("2201 浦江海关", byName.get("customsDistrict").display(true));
        assertEquals("2200", byName.get("cardIssuer").value());
        assertFormOrder(fields, LegalPersonCardRules.Field.values());
    }

    @Test
    void mofcomAmountsCarryTheirUnitsAndTheLegalPersonOfTheForm() {
        MofcomDetails d = new MofcomDetails();
        d.setOperatorType(OperatorType.PRIVATE);
        d.setRegisteredCapital(new BigDecimal("500.0000"));
        d.setBusinessRegistrationDate(LocalDate.of(2020, 2, 29));
        MofcomFiling filing = new MofcomFiling(ENTERPRISE, "t-3", NOW);
        filing.replaceDetails(d, "t-3", NOW);

        List<DeclaredField> fields = new MofcomFilingDeclarationSource().using(codes).fields(filing);

        Map<String, DeclaredField> byName = byName(fields);
        assertEquals(new DeclaredField("registeredCapital", "mofcom.field.registeredCapital", "500", "500 万元", "500 10k yuan"),
                byName.get("registeredCapital"));
        assertEquals("", byName.get("capitalUsd").display());
        assertEquals("私营企业", byName.get("operatorType").display());
        assertEquals("张三", byName.get("legalPerson").value());
        assertEquals("home.legalPerson", byName.get("legalPerson").labelKey());
        assertEquals("2020-02-29", byName.get("businessRegistrationDate").display());
        assertFormOrder(fields, MofcomFilingRules.Field.values());
    }

    @Test
    void customsFilingNamesBothCustomsAndTheEconomicTypeFromTheRegistration() {
        CustomsFilingDetails d = new CustomsFilingDetails();
        d.setCustomsDistrictCode("2200");
        d.setFilingCustomsCode("2201");
        d.setEconomicType("1");
        CustomsFiling filing = new CustomsFiling(ENTERPRISE, "t-4", NOW);
        filing.replaceDetails(d, "t-4", NOW);

        List<DeclaredField> fields = new CustomsFilingDeclarationSource().using(codes).fields(filing);

        Map<String, DeclaredField> byName = byName(fields);
        assertEquals("2200 上海海关", byName.get("customsDistrict").display());
        assertEquals("2201 浦江海关", byName.get("filingCustoms").display());
        assertEquals("1 国有企业", byName.get("economicType").display());
        assertEquals("customs.field.economicType", byName.get("economicType").labelKey());
        assertFormOrder(fields, CustomsFilingRules.Field.values());
    }

    @Test
    void forexAndOperatorListTheirFormsInOrder() {
        ForexFilingDetails fd = new ForexFilingDetails();
        fd.setRegisteredAddress("上海市浦东新区1号");
        ForexFiling forex = new ForexFiling(ENTERPRISE, "t-5", NOW);
        forex.replaceDetails(fd, "t-5", NOW);
        OperatorDetails od = new OperatorDetails();
        od.setGender(Gender.FEMALE);
        od.setBirthDate(LocalDate.of(1990, 1, 2));
        od.setCustomsDistrictCode("2200");
        Operator operator = new Operator(ENTERPRISE, "t-6", NOW);
        operator.replaceDetails(od, "t-6", NOW);

        List<DeclaredField> forexFields = new ForexFilingDeclarationSource().using(codes).fields(forex);
        List<DeclaredField> operatorFields = new OperatorDeclarationSource().using(codes).fields(operator);

        assertEquals(List.of("forexBureau", "registeredAddress", "businessScope", "contactName", "contactPhone", "contactEmail"),
                names(forexFields));
        assertEquals("上海市浦东新区1号", byName(forexFields).get("registeredAddress").value());
        assertFormOrder(forexFields, ForexFilingRules.Field.values());
        Map<String, DeclaredField> op = byName(operatorFields);
        assertEquals("女", op.get("gender").display());
        assertEquals("Female", op.get("gender").displayEn());
        assertEquals("1990-01-02", op.get("birthDate").value());
        assertEquals("2200 上海海关", op.get("customsDistrict").display());
        assertFormOrder(operatorFields, OperatorRules.Field.values());
    }

    @Test
    void everyLabelOfEveryKindIsInBothBundles() {
        ResourceBundle zh = ResourceBundle.getBundle(Texts.BUNDLE, java.util.Locale.CHINESE);
        ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, java.util.Locale.ENGLISH);
        List<DeclarationSource> sources = List.of(new RegistrationDeclarationSource().using(codes), new LegalPersonCardDeclarationSource().using(codes),
                new MofcomFilingDeclarationSource().using(codes), new CustomsFilingDeclarationSource().using(codes),
                new ForexFilingDeclarationSource().using(codes), new OperatorDeclarationSource().using(codes));
        List<Application> empty = List.of(new EnterpriseRegistration(ENTERPRISE, "e-1", NOW), new LegalPersonCard(ENTERPRISE, "e-2", NOW),
                new MofcomFiling(ENTERPRISE, "e-3", NOW), new CustomsFiling(ENTERPRISE, "e-4", NOW),
                new ForexFiling(ENTERPRISE, "e-5", NOW), new Operator(ENTERPRISE, "e-6", NOW));
        for (int i = 0; i < sources.size(); i++) {
            assertEquals(empty.get(i).kind(), sources.get(i).kind());
            for (DeclaredField f : sources.get(i).fields(empty.get(i))) {
                assertTrue(zh.containsKey(f.labelKey()) && en.containsKey(f.labelKey()), f.labelKey());
                assertTrue(f.value() != null && f.display() != null, f.field());
            }
        }
    }

    @Test
    void fieldNamesAreTheFormsInputIds() {
        assertEquals("customsDistrict", DeclaredFields.name(RegistrationRules.Field.CUSTOMS_DISTRICT));
        assertEquals("operatorNameZh", DeclaredFields.name(MofcomFilingRules.Field.OPERATOR_NAME_ZH));
        assertEquals("name", DeclaredFields.name(OperatorRules.Field.NAME));
    }

    /** Every field of the kind's rule enum is declared, in the enum's (the form's) order. */
    private static void assertFormOrder(List<DeclaredField> fields, Enum<?>[] ruleFields) {
        List<String> declared = names(fields);
        List<String> expected = Arrays.stream(ruleFields).map(DeclaredFields::name).toList();
        assertEquals(expected, declared.stream().filter(expected::contains).toList());
    }

    private static List<String> names(List<DeclaredField> fields) {
        return fields.stream().map(DeclaredField::field).toList();
    }

    private static Map<String, DeclaredField> byName(List<DeclaredField> fields) {
        return fields.stream().collect(Collectors.toMap(DeclaredField::field, Function.identity()));
    }
}
