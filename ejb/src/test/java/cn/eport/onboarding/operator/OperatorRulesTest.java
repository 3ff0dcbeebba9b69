package cn.eport.onboarding.operator;

import cn.eport.onboarding.operator.OperatorRules.Derived;
import cn.eport.onboarding.operator.OperatorRules.Field;
import cn.eport.onboarding.operator.OperatorRules.Problem;
import cn.eport.onboarding.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperatorRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T04:00:00Z"), ZoneOffset.UTC);
    /** 居民身份证 of a man born 1985-06-12. */
    private static final String MALE_1985 = "110105198506120018";
    /** 居民身份证 of a woman born 1990-03-07. */
    private static final String FEMALE_1990 = "11010119900307002X";

    private static OperatorInput complete() {
        return new OperatorInput("201", MALE_1985, "李强", null, null, "13800138000", "010-62345678",
                "liqiang@example.cn", "北京市海淀区中关村大街1号", "100080");
    }

    private static List<Problem> declare(OperatorInput in) {
        return OperatorRules.checkRaw(in, true, CLOCK);
    }

    private static List<Problem> draft(OperatorInput in) {
        return OperatorRules.checkRaw(in, false, CLOCK);
    }

    private static OperatorInput with(OperatorInput in, Field field, Object value) {
        return new OperatorInput(
                field == Field.ID_TYPE ? (String) value : in.idType(),
                field == Field.ID_NUMBER ? (String) value : in.idNumber(),
                field == Field.NAME ? (String) value : in.name(),
                field == Field.GENDER ? (Gender) value : in.gender(),
                field == Field.BIRTH_DATE ? (LocalDate) value : in.birthDate(),
                field == Field.MOBILE ? (String) value : in.mobile(),
                field == Field.PHONE ? (String) value : in.phone(),
                field == Field.EMAIL ? (String) value : in.email(),
                field == Field.ADDRESS ? (String) value : in.address(),
                field == Field.POSTCODE ? (String) value : in.postcode());
    }

    @Test
    void aCompleteOperatorMayBeDeclaredWithGenderAndBirthDateFromTheResidentId() {
        assertEquals(List.of(), declare(complete()));
        OperatorInput stored = OperatorRules.normalized(complete(), CLOCK);
        assertEquals(Gender.MALE, stored.gender());
        assertEquals(LocalDate.of(1985, 6, 12), stored.birthDate());
    }

    @Test
    void aDraftNeedsTheIdTypeAndNumberOnly() {
        assertEquals(List.of(new Problem(Field.ID_TYPE, OperatorRules.REQUIRED), new Problem(Field.ID_NUMBER, OperatorRules.REQUIRED)),
                draft(OperatorInput.blank()));
        assertEquals(List.of(), draft(new OperatorInput("208", "E12345678", null, null, null, null, null, null, null, null)));
    }

    @Test
    void aDeclarationAlsoNeedsNameGenderBirthDateAndMobile() {
        List<Field> missing = declare(new OperatorInput("208", "E12345678", " ", null, null, null, null, null, null, null))
                .stream().map(Problem::field).toList();
        assertEquals(List.of(Field.NAME, Field.GENDER, Field.BIRTH_DATE, Field.MOBILE), missing);
    }

    @Test
    void theIdNumberIsCheckedByItsType() {
        List<Problem> problems = draft(with(complete(), Field.ID_NUMBER, "110105198506120019"));
        assertEquals(1, problems.size());
        assertEquals(Field.ID_NUMBER, problems.get(0).field());
        assertEquals(OperatorRules.ID_NUMBER_INVALID, problems.get(0).key());
        assertInstanceOf(ValidationProblem.class, problems.get(0).detail());
        assertEquals(List.of(new Problem(Field.ID_TYPE, OperatorRules.ID_TYPE_NOT_CHECKED)), draft(with(complete(), Field.ID_TYPE, "999")));
    }

    @Test
    void aFifteenDigitResidentIdIsStoredWithEighteenDigits() {
        OperatorInput stored = OperatorRules.normalized(with(complete(), Field.ID_NUMBER, " 110105850612001 "), CLOCK);
        assertEquals(MALE_1985, stored.idNumber());
        assertEquals(LocalDate.of(1985, 6, 12), stored.birthDate());
    }

    @Test
    void typedGenderAndBirthDateMustAgreeWithTheResidentId() {
        OperatorInput typed = with(with(complete(), Field.ID_NUMBER, FEMALE_1990), Field.GENDER, Gender.MALE);
        typed = with(typed, Field.BIRTH_DATE, LocalDate.of(1990, 7, 3));
        assertEquals(List.of(new Problem(Field.GENDER, OperatorRules.GENDER_MISMATCH, Gender.FEMALE),
                new Problem(Field.BIRTH_DATE, OperatorRules.BIRTH_DATE_MISMATCH, LocalDate.of(1990, 3, 7))), draft(typed));
        OperatorInput agreeing = with(with(typed, Field.GENDER, Gender.FEMALE), Field.BIRTH_DATE, LocalDate.of(1990, 3, 7));
        assertEquals(List.of(), declare(agreeing));
    }

    @Test
    void residencePermitsStateBirthAndGenderTooOtherDocumentsDoNot() {
        assertEquals(Optional.of(new Derived(Gender.MALE, LocalDate.of(1990, 1, 1))), OperatorRules.derived("237", "810000199001010019"));
        assertEquals(Optional.empty(), OperatorRules.derived("208", MALE_1985));
        assertEquals(Optional.empty(), OperatorRules.derived("201", "110105850612001"));
        assertEquals(Optional.empty(), OperatorRules.derived("201", "110105198513120018"), "no 13th month");
        assertNull(OperatorRules.normalized(new OperatorInput("208", "E12345678", null, null, null, null, null, null, null, null), CLOCK)
                .gender());
    }

    @Test
    void aBirthDateMustLieBetween1900AndToday() {
        OperatorInput passport = new OperatorInput("208", "E12345678", "John", Gender.MALE, LocalDate.of(2026, 12, 1), "13800138000",
                null, null, null, null);
        assertEquals(List.of(new Problem(Field.BIRTH_DATE, OperatorRules.BIRTH_DATE_RANGE)), declare(passport));
        assertEquals(List.of(new Problem(Field.BIRTH_DATE, OperatorRules.BIRTH_DATE_RANGE)),
                declare(with(passport, Field.BIRTH_DATE, LocalDate.of(1899, 12, 31))));
    }

    @Test
    void contactDetailsAreCheckedForForm() {
        assertEquals(List.of(new Problem(Field.MOBILE, OperatorRules.MOBILE_FORMAT)), draft(with(complete(), Field.MOBILE, "1380013800")));
        assertEquals(List.of(), draft(with(complete(), Field.MOBILE, "+86 13800138000")));
        assertEquals(List.of(new Problem(Field.PHONE, OperatorRules.PHONE_FORMAT)), draft(with(complete(), Field.PHONE, "电话")));
        assertEquals(List.of(new Problem(Field.EMAIL, OperatorRules.EMAIL_FORMAT)), draft(with(complete(), Field.EMAIL, "li@qiang")));
        assertEquals(List.of(new Problem(Field.POSTCODE, OperatorRules.POSTCODE_FORMAT)), draft(with(complete(), Field.POSTCODE, "10008")));
        assertEquals(List.of(new Problem(Field.ADDRESS, OperatorRules.TOO_LONG, OperatorRules.MAX_ADDRESS)),
                draft(with(complete(), Field.ADDRESS, "路".repeat(201))));
        assertEquals(List.of(new Problem(Field.NAME, OperatorRules.TOO_LONG, OperatorRules.MAX_NAME)),
                draft(with(complete(), Field.NAME, "名".repeat(51))));
    }

    @Test
    void gendersAreReadAsPeopleWriteThem() {
        assertEquals(Optional.of(Gender.MALE), Gender.parse(" 男 "));
        assertEquals(Optional.of(Gender.FEMALE), Gender.parse("f"));
        assertEquals(Optional.of(Gender.FEMALE), Gender.parse("FEMALE"));
        assertEquals(Optional.empty(), Gender.parse("x"));
        assertTrue(Gender.parse(null).isEmpty());
    }
}
