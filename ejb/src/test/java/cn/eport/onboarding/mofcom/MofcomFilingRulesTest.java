package cn.eport.onboarding.mofcom;

import cn.eport.onboarding.mofcom.MofcomFilingRules.Field;
import cn.eport.onboarding.mofcom.MofcomFilingRules.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the 对外贸易经营者备案登记表 (F-20): required at 申报, formats, and what a draft may not hold. */
class MofcomFilingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static MofcomDetails complete() {
        MofcomDetails d = new MofcomDetails();
        d.setOperatorNameZh("北京海淀示例进出口贸易有限公司");
        d.setOperatorNameEn("Beijing Haidian Sample Import & Export Trading Co., Ltd.");
        d.setOrganizationCode("MA01ABCD5");
        d.setOperatorType(OperatorType.PRIVATE);
        d.setResidence("北京市海淀区中关村南大街5号示例大厦8层");
        d.setPremisesZh("北京市海淀区中关村南大街5号示例大厦8层");
        d.setPremisesEn("8/F, Sample Tower, No. 5 Zhongguancun South Street, Haidian District, Beijing");
        d.setPhone("010-62345678");
        d.setFax("010-62345679");
        d.setPostcode("100081");
        d.setEmail("trade@example.com.cn");
        d.setBusinessRegistrationDate(LocalDate.of(2016, 3, 18));
        d.setBusinessRegistrationNumber("91110108MA01ABCD5T");
        d.setRegisteredCapital(new BigDecimal("500"));
        d.setCapitalUsd(new BigDecimal("70.5"));
        d.setAuthorityCode("110108");
        return d;
    }

    private static List<Problem> declare(MofcomDetails d) {
        return MofcomFilingRules.forDeclaration(MofcomFilingRules.normalized(d), TODAY);
    }

    private static List<Field> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteFormMayBeDeclared() {
        assertEquals(List.of(), declare(complete()));
    }

    @Test
    void everyRequiredFieldIsNamedAtDeclarationInFormOrderButADraftMayBeEmpty() {
        List<Problem> problems = declare(new MofcomDetails());
        assertEquals(List.copyOf(MofcomFilingRules.required()), fields(problems));
        assertTrue(problems.stream().allMatch(p -> p.key().equals(MofcomFilingRules.REQUIRED)));
        assertTrue(MofcomFilingRules.required().containsAll(EnumSet.of(Field.OPERATOR_NAME_EN, Field.OPERATOR_TYPE,
                Field.PHONE, Field.POSTCODE, Field.EMAIL, Field.CAPITAL_USD, Field.AUTHORITY)));
        assertTrue(!MofcomFilingRules.required().contains(Field.FAX) && !MofcomFilingRules.required().contains(Field.REMARKS));
        assertEquals(List.of(), MofcomFilingRules.forDraft(MofcomFilingRules.normalized(new MofcomDetails()), TODAY));
    }

    @Test
    void blankTextCountsAsMissingAndTextIsTrimmed() {
        MofcomDetails d = complete();
        d.setOperatorNameEn("   ");
        d.setPostcode(" 100081 ");
        d.setAuthorityCode(" 110108 ");
        assertEquals(List.of(new Problem(Field.OPERATOR_NAME_EN, MofcomFilingRules.REQUIRED)), declare(d));
        MofcomDetails normalized = MofcomFilingRules.normalized(d);
        assertNull(normalized.getOperatorNameEn());
        assertEquals("100081", normalized.getPostcode());
        assertEquals("110108", normalized.getAuthorityCode());
    }

    @Test
    void englishNameAndPremisesTakeHalfWidthCharactersOnly() {
        MofcomDetails d = complete();
        d.setOperatorNameEn("北京海淀示例");
        d.setPremisesEn("No. 5，Zhongguancun");
        assertEquals(List.of(new Problem(Field.OPERATOR_NAME_EN, MofcomFilingRules.ENGLISH),
                new Problem(Field.PREMISES_EN, MofcomFilingRules.ENGLISH)), declare(d));
        d.setOperatorNameEn("12345");
        d.setPremisesEn("Room 801-A, Block #3; Bldg. (East) / Haidian: Beijing + 1 O'Neil Rd");
        assertEquals(List.of(new Problem(Field.OPERATOR_NAME_EN, MofcomFilingRules.ENGLISH)), declare(d), "a name needs letters");
    }

    @Test
    void phoneFaxPostcodeAndEmailFormats() {
        MofcomDetails d = complete();
        d.setPhone("phone");
        d.setFax("12");
        d.setPostcode("10008");
        d.setEmail("trade@example");
        assertEquals(List.of(new Problem(Field.PHONE, MofcomFilingRules.PHONE_FORMAT), new Problem(Field.FAX, MofcomFilingRules.PHONE_FORMAT),
                new Problem(Field.POSTCODE, MofcomFilingRules.POSTCODE_FORMAT), new Problem(Field.EMAIL, MofcomFilingRules.EMAIL_FORMAT)), declare(d));
        d.setPhone("13800138000");
        d.setFax(null);
        d.setPostcode("1000８1");
        d.setEmail("a..b@example.com");
        assertEquals(List.of(Field.POSTCODE, Field.EMAIL), fields(declare(d)));
        d.setPostcode("100081");
        d.setEmail("li.na+trade@mail.example-co.cn");
        assertEquals(List.of(), declare(d));
    }

    @Test
    void theRegistrationDateMayNotLieInTheFuture() {
        MofcomDetails d = complete();
        d.setBusinessRegistrationDate(TODAY.plusDays(1));
        assertEquals(List.of(new Problem(Field.BUSINESS_REGISTRATION_DATE, MofcomFilingRules.DATE_IN_FUTURE)),
                MofcomFilingRules.forDraft(MofcomFilingRules.normalized(d), TODAY), "not even in a draft");
        d.setBusinessRegistrationDate(TODAY);
        assertEquals(List.of(), declare(d));
    }

    @Test
    void amountsAreNotNegativeFitTheColumnAndTheDollarAmountIsNotTheLarger() {
        MofcomDetails d = complete();
        d.setRegisteredCapital(new BigDecimal("-1"));
        d.setCapitalUsd(new BigDecimal("1.23456"));
        assertEquals(List.of(new Problem(Field.REGISTERED_CAPITAL, MofcomFilingRules.AMOUNT),
                new Problem(Field.CAPITAL_USD, MofcomFilingRules.AMOUNT)), declare(d));
        d.setRegisteredCapital(new BigDecimal("123456789012345"));
        d.setCapitalUsd(new BigDecimal("1.2300"));
        assertEquals(List.of(new Problem(Field.REGISTERED_CAPITAL, MofcomFilingRules.AMOUNT)), declare(d), "15 digits before the point");
        d.setRegisteredCapital(new BigDecimal("100"));
        d.setCapitalUsd(new BigDecimal("100.0001"));
        assertEquals(List.of(new Problem(Field.CAPITAL_USD, MofcomFilingRules.USD_ABOVE_CAPITAL)), declare(d));
        d.setCapitalUsd(new BigDecimal("14.0845"));
        assertEquals(List.of(), declare(d));
    }

    @Test
    void theAuthorityCodeIsSixDigits() {
        MofcomDetails d = complete();
        d.setAuthorityCode("11010");
        assertEquals(List.of(new Problem(Field.AUTHORITY, MofcomFilingRules.AUTHORITY_FORMAT)), declare(d));
        d.setAuthorityCode("11010X");
        assertEquals(List.of(new Problem(Field.AUTHORITY, MofcomFilingRules.AUTHORITY_FORMAT)), declare(d));
    }

    @Test
    void tooLongTextsAreRefusedEvenInADraftWithTheirLimit() {
        MofcomDetails d = new MofcomDetails();
        d.setPremisesZh("路".repeat(MofcomDetails.MAX_ADDRESS + 1));
        d.setRemarks("备".repeat(MofcomDetails.MAX_REMARKS + 1));
        assertEquals(List.of(new Problem(Field.PREMISES_ZH, MofcomFilingRules.TOO_LONG, MofcomDetails.MAX_ADDRESS),
                new Problem(Field.REMARKS, MofcomFilingRules.TOO_LONG, MofcomDetails.MAX_REMARKS)),
                MofcomFilingRules.forDraft(MofcomFilingRules.normalized(d), TODAY));
    }

    @Test
    void problemsOfDifferentKindsComeInFormOrder() {
        MofcomDetails d = complete();
        d.setEmail(null);
        d.setOperatorNameEn("名称");
        d.setAuthorityCode("1");
        d.setOperatorType(null);
        assertEquals(List.of(Field.OPERATOR_NAME_EN, Field.OPERATOR_TYPE, Field.EMAIL, Field.AUTHORITY), fields(declare(d)));
    }
}
