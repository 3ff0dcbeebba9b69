package cn.eport.onboarding.web.filing;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingObstacle;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import static cn.eport.onboarding.web.filing.FilingPageMode.APPROVED;
import static cn.eport.onboarding.web.filing.FilingPageMode.BLOCKED;
import static cn.eport.onboarding.web.filing.FilingPageMode.FILED;
import static cn.eport.onboarding.web.filing.FilingPageMode.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the page of a filing shows for each status and precondition check (F-20, F-21, F-22). */
class FilingPageModeTest {

    private static final FilingCheck CLEAR = FilingCheck.clear();
    private static final FilingCheck BLOCKED_CHECK = FilingCheck.blocked(FilingObstacle.NO_REGISTRATION);
    private static final FilingCheck UNAVAILABLE = new FilingCheck.Unavailable(Directory.PENDING_FILINGS);

    @Test
    void neverFiledShowsTheFormWhenClearAndTheObstacleWhenBlocked() {
        assertEquals(FORM, FilingPageMode.of(null, CLEAR));
        assertEquals(BLOCKED, FilingPageMode.of(null, BLOCKED_CHECK));
    }

    @Test
    void anUnreachableDirectoryKeepsTheFormSoNothingTypedIsLost() {
        assertEquals(FORM, FilingPageMode.of(null, UNAVAILABLE));
        assertEquals(FORM, FilingPageMode.of(ApplicationStatus.DRAFT, UNAVAILABLE));
    }

    @Test
    void draftAndReturnedAreCorrectedInTheFormUnlessAPreconditionFailsNow() {
        assertEquals(FORM, FilingPageMode.of(ApplicationStatus.DRAFT, CLEAR));
        assertEquals(FORM, FilingPageMode.of(ApplicationStatus.RETURNED, CLEAR));
        assertEquals(BLOCKED, FilingPageMode.of(ApplicationStatus.DRAFT, BLOCKED_CHECK));
        assertEquals(BLOCKED, FilingPageMode.of(ApplicationStatus.RETURNED, BLOCKED_CHECK));
    }

    @Test
    void declaredAndUnderReviewAreShownReadOnlyWhateverTheDirectoriesSayNow() {
        assertEquals(FILED, FilingPageMode.of(ApplicationStatus.DECLARED, BLOCKED_CHECK));
        assertEquals(FILED, FilingPageMode.of(ApplicationStatus.UNDER_REVIEW, CLEAR));
        assertFalse(FilingPageMode.needsCheck(ApplicationStatus.DECLARED));
        assertFalse(FilingPageMode.needsCheck(ApplicationStatus.UNDER_REVIEW));
    }

    @Test
    void approvedIsFinalAndNeedsNoCheck() {
        assertEquals(APPROVED, FilingPageMode.of(ApplicationStatus.APPROVED, CLEAR));
        assertEquals(APPROVED, FilingPageMode.of(ApplicationStatus.APPROVED, BLOCKED_CHECK));
        assertFalse(FilingPageMode.needsCheck(ApplicationStatus.APPROVED));
        assertTrue(FilingPageMode.needsCheck(null));
        assertTrue(FilingPageMode.needsCheck(ApplicationStatus.DRAFT));
        assertTrue(FilingPageMode.needsCheck(ApplicationStatus.RETURNED));
    }

    @Test
    void theStatusWordsOfThePage() {
        assertEquals("filing.status.NONE", FilingPageMode.statusKey(null));
        assertEquals("filing.status.APPROVED", FilingPageMode.statusKey(ApplicationStatus.APPROVED));
        assertEquals("status.DECLARED", FilingPageMode.statusKey(ApplicationStatus.DECLARED), "the word every list uses");
        assertEquals("status.RETURNED", FilingPageMode.statusKey(ApplicationStatus.RETURNED));
    }
}
