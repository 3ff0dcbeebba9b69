package cn.eport.onboarding.forex;

import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forex enterprise directory said about a filing at its latest 申报 (F-42), kept with the
 * filing so the reviewer sees why it came to review and what the directory held then, even if the
 * directory changes later: the outcome, the fields that differed, and the entry's values.
 */
@Embeddable
public class DirectoryComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "dir_outcome", length = 12)
    private DirectoryMatch.Outcome outcome;

    @Column(name = "dir_checked_at")
    private Instant checkedAt;

    /** The differing {@link MatchedField}s, comma-separated in their order; empty for a match. */
    @Column(name = "dir_differences", length = 60)
    private String differences;

    @Column(name = "dir_enterprise_name", length = 200)
    private String enterpriseName;

    @Column(name = "dir_legal_person", length = 100)
    private String legalPerson;

    @Column(name = "dir_bureau_code", length = 16)
    private String forexBureauCode;

    protected DirectoryComparison() {
    }

    static DirectoryComparison of(DirectoryMatch match, Instant at) {
        DirectoryComparison c = new DirectoryComparison();
        c.outcome = match.outcome();
        c.checkedAt = at;
        c.differences = match.differences().stream().map(Enum::name).collect(Collectors.joining(","));
        ForexEnterpriseRecord entry = match.entry();
        if (entry != null) {
            c.enterpriseName = entry.enterpriseName();
            c.legalPerson = entry.legalPersonName();
            c.forexBureauCode = entry.forexBureauCode();
        }
        return c;
    }

    /** {@code null} while the filing was never declared. */
    public DirectoryMatch.Outcome getOutcome() {
        return outcome;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Set<MatchedField> getDifferences() {
        Set<MatchedField> set = EnumSet.noneOf(MatchedField.class);
        if (differences != null && !differences.isEmpty()) {
            Arrays.stream(differences.split(",")).map(MatchedField::valueOf).forEach(set::add);
        }
        return set;
    }

    /** For pages: whether the field (a {@link MatchedField} name) differed. */
    public boolean differs(String field) {
        return getDifferences().contains(MatchedField.valueOf(field));
    }

    public boolean isListed() {
        return outcome == DirectoryMatch.Outcome.MATCHED || outcome == DirectoryMatch.Outcome.DIFFERENT;
    }

    /** The directory's 企业名称, {@code null} when not listed. */
    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getLegalPerson() {
        return legalPerson;
    }

    public String getForexBureauCode() {
        return forexBureauCode;
    }
}
