package cn.eport.onboarding.review;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@link ServiceLevels} of this server, read from MicroProfile Config once at deployment (a wrong
 * value stops the deployment with a message naming the setting; a change applies after a restart or
 * redeployment, like the other settings).
 */
@ApplicationScoped
public class ServiceLevelSettings {

    private ServiceLevels levels;

    @PostConstruct
    void read() {
        levels = ServiceLevels.read(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** Reads the settings when the application starts, so a wrong value is found then and not at the first query. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        levels();
    }

    public ServiceLevels levels() {
        return levels;
    }
}
