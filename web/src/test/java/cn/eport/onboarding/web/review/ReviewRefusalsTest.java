package cn.eport.onboarding.web.review;

import cn.eport.onboarding.review.AlreadyClaimedException;
import cn.eport.onboarding.review.NotClaimedByYouException;
import cn.eport.onboarding.review.NumbersExhaustedException;
import cn.eport.onboarding.review.OwnEnterpriseException;
import cn.eport.onboarding.review.ReturnReasonException;
import cn.eport.onboarding.review.ReviewItemNotFoundException;
import cn.eport.onboarding.review.ReviewRefusedException;
import cn.eport.onboarding.review.marks.ReturnMarkRefusedException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static cn.eport.onboarding.workflow.ApplicationKind.CUSTOMS_FILING;
import static cn.eport.onboarding.workflow.ApplicationKind.ENTERPRISE_REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal of the review console has its own message, in both languages. */
class ReviewRefusalsTest {

    private static final List<ReviewRefusedException> REFUSALS = Stream.concat(Stream.of(
            new AlreadyClaimedException(ENTERPRISE_REGISTRATION, 1L, "reviewer"),
            new NotClaimedByYouException(ENTERPRISE_REGISTRATION, 1L, "other"),
            new OwnEnterpriseException(ENTERPRISE_REGISTRATION, 1L, "91110108MA01ABCD5T"),
            new ReturnReasonException(ENTERPRISE_REGISTRATION, 1L, ReturnReasonException.Problem.MISSING),
            new ReturnReasonException(ENTERPRISE_REGISTRATION, 1L, ReturnReasonException.Problem.TOO_LONG),
            new ReviewItemNotFoundException(ENTERPRISE_REGISTRATION, 1L),
            new NumbersExhaustedException(CUSTOMS_FILING, 1L, "120146")),
            Stream.of(ReturnMarkRefusedException.Problem.values())
                    .map(p -> new ReturnMarkRefusedException(ENTERPRISE_REGISTRATION, 1L, p, "contactPhone"))).toList();

    @Test
    void eachRefusalHasItsOwnMessageInBothLanguages() throws IOException {
        List<String> keys = Stream.concat(REFUSALS.stream().map(ReviewRefusals::key), Stream.of(ReviewRefusals.STATE_CHANGED)).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(bundle);
            keys.forEach(key -> assertTrue(texts.containsKey(key), bundle + ": " + key));
        }
    }

    @Test
    void theClaimRaceSaysAnotherReviewerWasFaster() throws IOException {
        assertEquals("该申请已被其他审核员认领。",
                load("messages.properties").getProperty(ReviewRefusals.key(new AlreadyClaimedException(ENTERPRISE_REGISTRATION, 1L, null))));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReviewRefusalsTest.class.getResourceAsStream("/cn/eport/onboarding/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
