package cn.eport.onboarding.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.eport.onboarding.validation.Expect.error;
import static cn.eport.onboarding.validation.Expect.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdNumberValidatorTest {

    private static final IdNumberValidator VALIDATOR = new IdNumberValidator(Expect.CLOCK);

    /** A valid number of each type that every other type refuses. */
    @ParameterizedTest
    @CsvSource({
            "RESIDENT_ID, 11010119900307002X",
            "HK_MACAO_TRAVEL_PERMIT, H12345678",
            "TAIWAN_TRAVEL_PERMIT, 12345678",
            "CHINESE_PASSPORT, E12345678",
            "FOREIGN_PERMANENT_RESIDENT_ID, 931840198506150015",
            "HK_MACAO_RESIDENCE_PERMIT, 810000198504120100",
            "TAIWAN_RESIDENCE_PERMIT, 830000197801010337"})
    void checksEachTypeByItsOwnRule(IdType type, String number) {
        valid(VALIDATOR.validate(type, number));
        for (IdType other : IdType.values()) {
            boolean passportFormat = other == IdType.FOREIGN_PASSPORT
                    || (other == IdType.CHINESE_PASSPORT && number.charAt(0) != 'E');
            if (other != type && !passportFormat) {
                assertFalse(VALIDATOR.validate(other, number).isValid(), other + " accepted " + number);
            }
        }
    }

    @Test
    void convertsLegacyResidentIds() {
        assertEquals("110101199003071233", valid(VALIDATOR.validate(IdType.RESIDENT_ID, "110101900307123")).canonical());
    }

    @Test
    void datesUseTheGivenClock() {
        error(VALIDATOR.validate(IdType.HK_MACAO_RESIDENCE_PERMIT, "810000202612310015"),
                Reason.BIRTH_DATE_IN_FUTURE, "20261231", 7, 14);
    }

    @ParameterizedTest
    @EnumSource(IdType.class)
    void nothingEnteredIsRequiredForEveryType(IdType type) {
        error(VALIDATOR.validate(type, null), Reason.REQUIRED);
        error(VALIDATOR.validate(type, " "), Reason.REQUIRED);
    }

    @Test
    void aTypeIsRequired() {
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null, "H12345678"));
    }

    @Test
    void typesHaveTheCodeTableCodes() {
        assertEquals(Optional.of(IdType.RESIDENT_ID), IdType.fromCode("201"));
        assertEquals(Optional.of(IdType.HK_MACAO_TRAVEL_PERMIT), IdType.fromCode("210"));
        assertEquals(Optional.of(IdType.TAIWAN_TRAVEL_PERMIT), IdType.fromCode("213"));
        assertEquals(Optional.of(IdType.CHINESE_PASSPORT), IdType.fromCode("227"));
        assertEquals(Optional.of(IdType.FOREIGN_PASSPORT), IdType.fromCode("208"));
        assertEquals(Optional.of(IdType.FOREIGN_PERMANENT_RESIDENT_ID), IdType.fromCode("233"));
        assertEquals(Optional.of(IdType.HK_MACAO_RESIDENCE_PERMIT), IdType.fromCode("237"));
        assertEquals(Optional.of(IdType.TAIWAN_RESIDENCE_PERMIT), IdType.fromCode("238"));
        assertEquals(Optional.empty(), IdType.fromCode("999"));
        assertEquals(Optional.empty(), IdType.fromCode(null));
        Set<String> codes = Arrays.stream(IdType.values()).map(IdType::code).collect(Collectors.toSet());
        assertEquals(IdType.values().length, codes.size());
    }
}
