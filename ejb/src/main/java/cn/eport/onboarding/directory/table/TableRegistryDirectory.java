package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.RegistryDirectory;
import cn.eport.onboarding.directory.RegistryRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * {@link RegistryDirectory} over the table {@code dir_registry_record} (the default adapter). Typed to its class
 * only: callers get the adapter the configuration chooses, from {@code DirectoryAdapters}.
 */
@ApplicationScoped
@Typed(TableRegistryDirectory.class)
public class TableRegistryDirectory extends TableByUscc<RegistryRecord, RegistryEntry> implements RegistryDirectory {

    public TableRegistryDirectory() {
        super(Directory.REGISTRY, RegistryEntry.class, RegistryEntry::toRecord);
    }
}
