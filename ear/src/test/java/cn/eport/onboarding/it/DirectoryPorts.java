package cn.eport.onboarding.it;

import cn.eport.onboarding.directory.CustomsEnterpriseRecords;
import cn.eport.onboarding.directory.ForexDeregistrationList;
import cn.eport.onboarding.directory.ForexEnterpriseDirectory;
import cn.eport.onboarding.directory.PendingFilings;
import cn.eport.onboarding.directory.RegistryDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The five reference-directory ports as the application injects them (the configured adapters). */
@Dependent
public class DirectoryPorts {

    final RegistryDirectory registry;
    final ForexEnterpriseDirectory forexEnterprises;
    final ForexDeregistrationList forexDeregistrations;
    final CustomsEnterpriseRecords customsRecords;
    final PendingFilings pendingFilings;

    @Inject
    DirectoryPorts(RegistryDirectory registry, ForexEnterpriseDirectory forexEnterprises,
                   ForexDeregistrationList forexDeregistrations, CustomsEnterpriseRecords customsRecords,
                   PendingFilings pendingFilings) {
        this.registry = registry;
        this.forexEnterprises = forexEnterprises;
        this.forexDeregistrations = forexDeregistrations;
        this.customsRecords = customsRecords;
        this.pendingFilings = pendingFilings;
    }
}
