package cn.eport.onboarding.it;

import org.jboss.arquillian.config.descriptor.api.ArquillianDescriptor;
import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.config.spi.ConfigurationPlaceholderResolver;
import org.jboss.arquillian.core.spi.LoadableExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The admin password of the test server's domain. Each domain that config/src/main/scripts/payara-lib.sh
 * creates has its own random one, kept only in the domain's password file (mode 600,
 * {@code AS_ADMIN_PASSWORD=...}); the build passes that file's path, never the password, as the system
 * property {@value #FILE_PROPERTY}. The password never becomes a system property (failsafe writes those
 * into its reports) and is never printed.
 */
public final class AdminPassword {

    public static final String FILE_PROPERTY = "payara.adminPasswordFile";
    private static final String KEY = "AS_ADMIN_PASSWORD=";

    private AdminPassword() {
    }

    /** The domain's password file. */
    public static Path file() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("System property " + FILE_PROPERTY + " (the test domain's admin password file) is not set");
        }
        return Path.of(file);
    }

    /** The admin password, read from the domain's password file. */
    public static String read() {
        try {
            return Files.readAllLines(file(), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(KEY))
                    .map(line -> line.substring(KEY.length()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + KEY + " line in " + file()));
        } catch (IOException e) {
            throw new UncheckedIOException("The test domain's admin password file " + file(), e);
        }
    }

    /** Registers {@link Resolver} with Arquillian (META-INF/services). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.service(ConfigurationPlaceholderResolver.class, Resolver.class);
        }
    }

    /** Gives every container of arquillian.xml the domain's admin password, in memory only. */
    public static final class Resolver implements ConfigurationPlaceholderResolver {
        @Override
        public ArquillianDescriptor resolve(ArquillianDescriptor descriptor) {
            for (ContainerDef container : descriptor.getContainers()) {
                container.overrideProperty("adminPassword", read());
            }
            return descriptor;
        }

        @Override
        public int precedence() {
            return 0;
        }
    }
}
