package cn.eport.onboarding.directory.http;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers Fault Tolerance's own keys of one bean ({@code <bean class>/<method>/Retry/maxRetries}, …)
 * with values derived from the product's keys, so operators configure one set of keys
 * ({@code eport.directory.*}, {@code eport.batch.download.*}). Its ordinal is below every standard
 * source: a Fault Tolerance key set explicitly still wins. Subclasses are registered in
 * {@code META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource}.
 */
public abstract class FaultToleranceConfigSource implements ConfigSource {

    private static final int ORDINAL = 50;

    private final String prefix;

    protected FaultToleranceConfigSource(Class<?> bean) {
        this.prefix = bean.getName() + "/";
    }

    /**
     * The value of one parameter ({@code Retry/maxRetries}, …) of one method of the bean, empty to
     * leave the annotation's value.
     *
     * @param config the application's configuration (this source answers none of its keys)
     * @throws IllegalStateException when a product key has a wrong value (the deployment check names it)
     */
    protected abstract Optional<String> parameter(String method, String annotationAndParameter,
                                                  Function<String, Optional<String>> config);

    @Override
    public Set<String> getPropertyNames() {
        // computed on demand; Fault Tolerance asks by name
        return Set.of();
    }

    @Override
    public String getValue(String name) {
        if (name == null || !name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        try {
            return parameter(rest.substring(0, slash), rest.substring(slash + 1),
                    key -> ConfigProvider.getConfig().getOptionalValue(key, String.class)).orElse(null);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    @Override
    public String getName() {
        return "eport keys for Fault Tolerance of " + prefix.substring(0, prefix.length() - 1);
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
