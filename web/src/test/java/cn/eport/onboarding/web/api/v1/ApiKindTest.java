package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.workflow.ApplicationKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKindTest {

    /** The resource's path lets exactly the kinds' segments through: a new kind must be added to both. */
    @Test
    void thePathPatternNamesEveryKindAndNothingElse() {
        String pattern = ApiKind.PATH.substring("v1/{kind: ".length(), ApiKind.PATH.length() - 1);
        assertEquals(Arrays.stream(ApiKind.values()).map(ApiKind::path).collect(Collectors.joining("|")), pattern);
        assertFalse("applications".matches(pattern) || "attachments".matches(pattern));
    }

    @Test
    void everyKindOfTheWorkflowIsServedOnce() {
        assertEquals(EnumSet.allOf(ApplicationKind.class),
                Arrays.stream(ApiKind.values()).map(ApiKind::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationKind.class))));
        assertEquals(ApiKind.CUSTOMS_FILINGS, ApiKind.byPath("customs-filings").orElseThrow());
        assertTrue(ApiKind.byPath("me").isEmpty());
    }
}
