package cn.eport.onboarding.batch.source;

import cn.eport.onboarding.directory.http.FaultToleranceConfigSource;

import java.util.Optional;
import java.util.function.Function;

/**
 * Fault Tolerance's keys of {@link HttpDownloads}
 * ({@code cn.eport.onboarding.batch.source.HttpDownloads/download/Retry/maxRetries}, …) from the
 * product's {@code eport.batch.download.*} keys ({@link HttpDownloadSettings}).
 */
public class HttpDownloadConfigSource extends FaultToleranceConfigSource {

    public HttpDownloadConfigSource() {
        super(HttpDownloads.class);
    }

    @Override
    protected Optional<String> parameter(String method, String annotationAndParameter,
                                         Function<String, Optional<String>> config) {
        return "download".equals(method)
                ? HttpDownloadSettings.read(config).faultTolerance().parameter(annotationAndParameter)
                : Optional.empty();
    }
}
