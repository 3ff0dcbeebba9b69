package cn.eport.onboarding.forex;

import cn.eport.onboarding.directory.DirectoryResult;
import cn.eport.onboarding.directory.ForexEnterpriseRecord;
import cn.eport.onboarding.filing.FilingCheck;
import cn.eport.onboarding.filing.FilingRefusedException;
import cn.eport.onboarding.validation.TextInput;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * F-42's comparison of a forex filing with the enterprise's entry in the forex enterprise directory
 * (ADR 0017): the enterprise name and the legal person as {@link DirectoryNames} compares names, and
 * the 主管外汇局 chosen on the form, code for code. The USCC is how the entry was found.
 */
public final class ForexDirectoryMatcher {

    private ForexDirectoryMatcher() {
    }

    /**
     * @param enterpriseName  the filing's 企业名称
     * @param legalPerson     the filing's 法定代表人
     * @param forexBureauCode the 主管外汇局 chosen on the form (normalized)
     * @param answer          the directory's answer for the enterprise's USCC
     * @throws FilingRefusedException when the directory could not answer: no one can say whether the
     *                                filing matches, so it is neither approved nor sent to review (ADR 0017)
     */
    public static DirectoryMatch match(String enterpriseName, String legalPerson, String forexBureauCode,
                                       DirectoryResult<ForexEnterpriseRecord> answer) {
        if (answer instanceof DirectoryResult.Unavailable<ForexEnterpriseRecord> unavailable) {
            throw new FilingRefusedException(new FilingCheck.Unavailable(unavailable.directory()));
        }
        Optional<ForexEnterpriseRecord> entry = answer.recordIfFound();
        if (entry.isEmpty()) {
            return new DirectoryMatch(DirectoryMatch.Outcome.NOT_LISTED, null, EnumSet.allOf(MatchedField.class));
        }
        ForexEnterpriseRecord listed = entry.get();
        Set<MatchedField> differences = EnumSet.noneOf(MatchedField.class);
        if (!DirectoryNames.same(enterpriseName, listed.enterpriseName())) {
            differences.add(MatchedField.ENTERPRISE_NAME);
        }
        if (!DirectoryNames.same(legalPerson, listed.legalPersonName())) {
            differences.add(MatchedField.LEGAL_PERSON);
        }
        if (forexBureauCode == null || !Objects.equals(TextInput.code(forexBureauCode), TextInput.code(listed.forexBureauCode()))) {
            differences.add(MatchedField.FOREX_BUREAU);
        }
        return new DirectoryMatch(differences.isEmpty() ? DirectoryMatch.Outcome.MATCHED : DirectoryMatch.Outcome.DIFFERENT,
                listed, differences);
    }
}
