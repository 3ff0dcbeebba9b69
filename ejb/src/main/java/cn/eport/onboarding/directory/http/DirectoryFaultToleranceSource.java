package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;

import java.util.Optional;
import java.util.function.Function;

/**
 * Fault Tolerance's keys of {@link DirectoryCalls}
 * ({@code cn.eport.onboarding.directory.http.DirectoryCalls/registry/Retry/maxRetries}, …) from the
 * product's {@code eport.directory.<name>.*} keys ({@link FaultToleranceSettings}).
 */
public class DirectoryFaultToleranceSource extends FaultToleranceConfigSource {

    public DirectoryFaultToleranceSource() {
        super(DirectoryCalls.class);
    }

    @Override
    protected Optional<String> parameter(String method, String annotationAndParameter,
                                         Function<String, Optional<String>> config) {
        return directoryOf(method).flatMap(directory ->
                FaultToleranceSettings.read(directory, config).parameter(annotationAndParameter));
    }

    static Optional<Directory> directoryOf(String method) {
        for (Directory directory : Directory.values()) {
            if (DirectoryCalls.methodOf(directory).equals(method)) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }
}
