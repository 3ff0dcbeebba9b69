package cn.eport.onboarding.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Uscc}, {@link IdNumber} and {@link ValidIdDocument} with a plain Hibernate Validator, as Payara runs them. */
class ConstraintAnnotationsTest {

    private static final ValidatorFactory CHINESE = factory(Locale.SIMPLIFIED_CHINESE);
    private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

    private static ValidatorFactory factory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale)
                .clockProvider(() -> Expect.CLOCK)
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        CHINESE.close();
        ENGLISH.close();
    }

    static class Company {
        @Uscc
        String uscc;

        Company(String uscc) {
            this.uscc = uscc;
        }
    }

    static class Operator {
        @IdNumber(type = IdType.RESIDENT_ID)
        String idNumber;

        Operator(String idNumber) {
            this.idNumber = idNumber;
        }
    }

    @ValidIdDocument
    static class LegalPerson implements IdDocument {
        final IdType idType;
        final String idNumber;

        LegalPerson(IdType idType, String idNumber) {
            this.idType = idType;
            this.idNumber = idNumber;
        }

        @Override
        public IdType getIdType() {
            return idType;
        }

        @Override
        public String getIdNumber() {
            return idNumber;
        }
    }

    @ValidIdDocument(numberProperty = "number")
    record Holder(IdType getIdType, String number) implements IdDocument {
        @Override
        public String getIdNumber() {
            return number;
        }
    }

    private static <T> List<ConstraintViolation<T>> validate(ValidatorFactory factory, T bean) {
        Validator validator = factory.getValidator();
        return List.copyOf(validator.validate(bean));
    }

    private static List<String> messages(ValidatorFactory factory, Object bean) {
        return validate(factory, bean).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "91350100M000100Y43", " 91350100m000100y43 ", "91320594MA1N000001"})
    void acceptsValidCodesAndLeavesMissingOnesToNotBlank(String uscc) {
        assertEquals(List.of(), messages(CHINESE, new Company(uscc)));
    }

    @Test
    void statesTheExpectedAndTheActualCheckCharacterInChineseAndEnglish() {
        Company company = new Company("91350100M000100Y44");
        assertEquals(List.of("校验码错误：按前 17 位计算，第 18 位应为“3”，实际为“4”。请核对代码；如确为登记机关早期赋予的代码，请联系管理员核实。"),
                messages(CHINESE, company));
        assertEquals(List.of("Wrong check character: the first 17 characters give \"3\" for character 18, but it is \"4\"."
                        + " Please check the code; if it is a genuine early code as issued by the registry, ask an administrator to confirm it."),
                messages(ENGLISH, company));
        ConstraintViolation<Company> violation = validate(CHINESE, company).get(0);
        assertEquals("uscc", violation.getPropertyPath().toString());
        assertEquals("{eport.validation.uscc.checkCharacter}", violation.getMessageTemplate());
    }

    @Test
    void reportsEveryErrorAsItsOwnViolation() {
        assertEquals(List.of("应为 18 位，实际为 17 位。",
                        "第 13 位“I”不是统一社会信用代码使用的字符（数字和除 I、O、S、V、Z 以外的大写英文字母）。"),
                messages(CHINESE, new Company("91350100M000I00Y4")));
    }

    @Test
    void messagesAreTheTextsOfTheProblems() {
        for (String input : new String[]{"91350100M000I00Y4", "9135A100M000100Y43", "91350100M000100Y44", "9"}) {
            ValidationResult result = UsccValidator.strict().validate(input);
            for (Locale locale : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                ValidationTexts texts = ValidationTexts.forLocale(locale);
                List<String> expected = result.errors().stream().map(texts::format).sorted().toList();
                assertEquals(expected, messages(locale == Locale.ENGLISH ? ENGLISH : CHINESE, new Company(input)), input);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000{1}0Y43", "91350100M000${1+1}Y43", "91350100M000\\{a}0Y4"})
    void userInputInMessagesIsNeverInterpreted(String input) {
        String first = UsccValidator.strict().validate(input).errors().stream()
                .filter(e -> e.reason() == Reason.NOT_USCC_CHARACTER).findFirst().orElseThrow()
                .argument("character").toString();
        List<String> messages = messages(ENGLISH, new Company(input));
        assertTrue(messages.contains("Character 13 \"" + first + "\" is not used in unified social credit codes"
                + " (digits and capital letters except I, O, S, V, Z)."), messages::toString);
    }

    @Test
    void idNumberChecksTheTypeAndUsesTheValidationClock() {
        assertEquals(List.of(), messages(CHINESE, new Operator("11010119900307002x")));
        assertEquals(List.of(), messages(CHINESE, new Operator("31010420260615002X")));
        assertEquals(List.of("第 7 至 14 位的出生日期“20261231”晚于今天。"), messages(CHINESE, new Operator("310104202612310018")));
        assertEquals(List.of("The birth date \"19000229\" in characters 7 to 14 is not a real date."),
                messages(ENGLISH, new Operator("440305190002291236")));
    }

    @Test
    void aDocumentIsCheckedByItsOwnTypeAndReportedAtItsNumber() {
        assertEquals(List.of(), messages(CHINESE, new LegalPerson(IdType.HK_MACAO_TRAVEL_PERMIT, "h12345678")));
        List<ConstraintViolation<LegalPerson>> violations = validate(CHINESE, new LegalPerson(IdType.RESIDENT_ID, "H12345678"));
        assertEquals(Set.of("idNumber"), Set.copyOf(violations.stream().map(v -> v.getPropertyPath().toString()).toList()));
        assertEquals(List.of("应为 18 位或 15 位，实际为 9 位。", "第 1 位应为数字，实际为“H”。"),
                violations.stream().map(ConstraintViolation::getMessage).sorted().toList());
        ConstraintViolation<Holder> holder = validate(ENGLISH, new Holder(IdType.TAIWAN_TRAVEL_PERMIT, "1234567")).get(0);
        assertEquals("number", holder.getPropertyPath().toString());
        assertEquals("Must be 8 or 10 characters long, not 7.", holder.getMessage());
    }

    @Test
    void aDocumentWithoutTypeOrNumberHasNothingToCheck() {
        assertEquals(List.of(), messages(CHINESE, new LegalPerson(null, "H12345678")));
        assertEquals(List.of(), messages(CHINESE, new LegalPerson(IdType.RESIDENT_ID, null)));
        assertEquals(List.of(), messages(CHINESE, new LegalPerson(IdType.RESIDENT_ID, " ")));
    }
}
