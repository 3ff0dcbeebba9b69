package cn.eport.onboarding.enterprise;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

@Stateless
public class EnterpriseService {

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Clock clock;

    public Enterprise add(String uscc, String name, String legalPerson) {
        if (enterprises.findByUscc(uscc).isPresent()) {
            throw new IllegalArgumentException("Enterprise already known: " + uscc);
        }
        return enterprises.add(new Enterprise(uscc, name, legalPerson, clock.instant()));
    }

    public Optional<Enterprise> findByUscc(String uscc) {
        return enterprises.findByUscc(uscc);
    }
}
