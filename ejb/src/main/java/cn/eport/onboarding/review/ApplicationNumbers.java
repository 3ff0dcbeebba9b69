package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;
import cn.eport.onboarding.workflow.ApplicationNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 编号 of applications of any kind, for the administrators' audit trail, whose entries
 * name an application by its kind and id: one query per kind asked about, through the kind's
 * {@link ReviewSource}. The number is derived from the application ({@link ApplicationNumber}), so an
 * application deleted since, or an id that never existed, has none.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ApplicationNumbers {

    @Inject
    @Any
    private Instance<ReviewSource> sources;

    /** The numbers of those of these applications (kind and id) that exist. */
    public Map<ApplicationNumber.Parsed, String> of(Collection<ApplicationNumber.Parsed> applications) {
        Map<ApplicationKind, List<Long>> idsByKind = applications.stream().collect(Collectors.groupingBy(
                ApplicationNumber.Parsed::kind, Collectors.mapping(ApplicationNumber.Parsed::id, Collectors.toList())));
        Map<ApplicationNumber.Parsed, String> numbers = new HashMap<>();
        for (ReviewSource source : sources) {
            List<Long> ids = idsByKind.get(source.kind());
            if (ids != null) {
                source.numbers(ids).forEach((id, number) -> numbers.put(new ApplicationNumber.Parsed(source.kind(), id), number));
            }
        }
        return numbers;
    }
}
