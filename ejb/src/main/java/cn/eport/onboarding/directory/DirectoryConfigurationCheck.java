package cn.eport.onboarding.directory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads the configuration of every reference directory at deployment: a wrong value stops the
 * deployment with a message naming the key (rather than the first user who needs the directory
 * meeting it), and the server log says which adapter serves each directory.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryConfigurationCheck {

    private static final Logger LOG = Logger.getLogger(DirectoryConfigurationCheck.class.getName());

    @Inject
    private Config config;

    @PostConstruct
    void check() {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Directory directory : Directory.values()) {
            try {
                lines.add(DirectorySettings.read(directory, key -> config.getOptionalValue(key, String.class)).describe());
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Reference directories are misconfigured: " + String.join("; ", problems));
        }
        LOG.info(() -> "Reference directories:\n  " + String.join("\n  ", lines));
    }
}
