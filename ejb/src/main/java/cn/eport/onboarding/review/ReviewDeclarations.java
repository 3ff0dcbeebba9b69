package cn.eport.onboarding.review;

import cn.eport.onboarding.declaration.Declaration;
import cn.eport.onboarding.declaration.DeclarationDiff;
import cn.eport.onboarding.declaration.DeclarationSnapshots;
import cn.eport.onboarding.declaration.DeclarationVersion;
import cn.eport.onboarding.review.marks.ReturnMark;
import cn.eport.onboarding.review.marks.ReturnMarkStore;
import cn.eport.onboarding.workflow.ApplicationKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The declared versions of an application in the review console, under {@link ReviewService}'s rules:
 * only of an application reviewers may see (declared at least once) and not of the reviewer's own
 * enterprise; anything else is "not found" (audited) or refused as the console refuses it.
 */
@Stateless
@RolesAllowed("REVIEWER")
public class ReviewDeclarations {

    @Inject
    private ReviewService reviews;

    @Inject
    private DeclarationSnapshots snapshots;

    @Inject
    private ReturnMarkStore marks;

    /** Every declared version, first round first. */
    public List<DeclarationVersion> versions(ApplicationKind kind, Long id) {
        reviews.details(kind, id);
        return snapshots.versions(kind, id);
    }

    /** What one round declared. */
    public Declaration declaration(ApplicationKind kind, Long id, int round) {
        reviews.details(kind, id);
        return snapshots.declaration(kind, id, round).orElseThrow(() -> new ReviewItemNotFoundException(kind, id));
    }

    /** What changed since the return: the latest round against the one before; empty before a second 申报. */
    public Optional<DeclarationDiff> changesSinceReturn(ApplicationKind kind, Long id) {
        reviews.details(kind, id);
        return snapshots.latestChanges(kind, id);
    }

    /** The reviewer's marks (field and attachment notes) made with the return of this declared round, in the order made. */
    public List<ReturnMark> marksOfReturn(ApplicationKind kind, Long id, int round) {
        reviews.details(kind, id);
        return marks.ofRound(kind, id, round);
    }
}
