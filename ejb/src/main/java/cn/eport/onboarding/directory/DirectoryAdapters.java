package cn.eport.onboarding.directory;

import cn.eport.onboarding.directory.http.DirectoryCalls;
import cn.eport.onboarding.directory.http.HttpCustomsEnterpriseRecords;
import cn.eport.onboarding.directory.http.HttpDirectoryClient;
import cn.eport.onboarding.directory.http.HttpForexDeregistrationList;
import cn.eport.onboarding.directory.http.HttpForexEnterpriseDirectory;
import cn.eport.onboarding.directory.http.HttpPendingFilings;
import cn.eport.onboarding.directory.http.HttpRegistryDirectory;
import cn.eport.onboarding.directory.http.RestClientTransport;
import cn.eport.onboarding.directory.table.TableCustomsEnterpriseRecords;
import cn.eport.onboarding.directory.table.TableForexDeregistrationList;
import cn.eport.onboarding.directory.table.TableForexEnterpriseDirectory;
import cn.eport.onboarding.directory.table.TablePendingFilings;
import cn.eport.onboarding.directory.table.TableRegistryDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The one place that decides which adapter serves each directory: the configuration
 * ({@link DirectorySettings}, {@code eport.directory.<name>.adapter=table|http}) is read when the
 * directory is first used, and the adapter lives as long as the application. Everyone else
 * injects the port ({@code @Inject RegistryDirectory registry;}).
 */
@ApplicationScoped
public class DirectoryAdapters {

    private static final Logger LOG = Logger.getLogger(DirectoryAdapters.class.getName());

    @Inject
    private TableRegistryDirectory tableRegistry;

    @Inject
    private TableForexEnterpriseDirectory tableForexEnterprises;

    @Inject
    private TableForexDeregistrationList tableForexDeregistrations;

    @Inject
    private TableCustomsEnterpriseRecords tableCustomsRecords;

    @Inject
    private TablePendingFilings tablePendingFilings;

    /** Fault Tolerance around the HTTP look-ups (the CDI proxy: its interceptors apply). */
    @Inject
    private DirectoryCalls calls;

    @Produces
    @ApplicationScoped
    public RegistryDirectory registryDirectory(Config config) {
        return choose(Directory.REGISTRY, config, tableRegistry, HttpRegistryDirectory::new);
    }

    @Produces
    @ApplicationScoped
    public ForexEnterpriseDirectory forexEnterpriseDirectory(Config config) {
        return choose(Directory.FOREX_ENTERPRISES, config, tableForexEnterprises, HttpForexEnterpriseDirectory::new);
    }

    @Produces
    @ApplicationScoped
    public ForexDeregistrationList forexDeregistrationList(Config config) {
        return choose(Directory.FOREX_DEREGISTRATIONS, config, tableForexDeregistrations, HttpForexDeregistrationList::new);
    }

    @Produces
    @ApplicationScoped
    public CustomsEnterpriseRecords customsEnterpriseRecords(Config config) {
        return choose(Directory.CUSTOMS_RECORDS, config, tableCustomsRecords, HttpCustomsEnterpriseRecords::new);
    }

    @Produces
    @ApplicationScoped
    public PendingFilings pendingFilings(Config config) {
        return choose(Directory.PENDING_FILINGS, config, tablePendingFilings, HttpPendingFilings::new);
    }

    private <P> P choose(Directory directory, Config config, P table, Function<HttpDirectoryClient, P> http) {
        DirectorySettings settings = DirectorySettings.read(directory, key -> config.getOptionalValue(key, String.class));
        LOG.fine(() -> "Reference directory " + settings.describe());
        return switch (settings.adapter()) {
            case TABLE -> table;
            case HTTP -> http.apply(new HttpDirectoryClient(directory, settings.http(),
                    new RestClientTransport(settings.http()), DirectoryCalls.forDirectory(calls, directory)));
        };
    }
}
