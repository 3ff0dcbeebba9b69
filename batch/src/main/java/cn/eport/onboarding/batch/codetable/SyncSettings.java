package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.ImportSources;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Optional;

/**
 * Where each source of code-table-sync is and how strict the run is: MicroProfile Config, with job
 * parameters of the same meaning taking precedence (the job's properties in code-table-sync.xml).
 * <ul>
 * <li>{@code eport.batch.code-table-sync.source.<source>} (job parameter {@code source.<source>}): the
 *     source's location, a {@code file:} URI, a path, an http(s) URL, or a file name in the drop folder.
 *     A configured location whose file is missing fails the source's step.</li>
 * <li>{@code eport.batch.code-table-sync.folder} (job parameter {@code folder}): the drop folder; a source
 *     without a location of its own is {@code <source>.csv} or else {@code <source>.xml} there. When
 *     neither is there, or no folder is set, the source is skipped (exit status NOT_CONFIGURED).</li>
 * <li>{@code eport.batch.code-table-sync.reject-limit} (job parameter {@code rejectLimit}), default
 *     {@value #DEFAULT_REJECT_LIMIT}: the rejects a source may have and still retire what it no longer lists.</li>
 * </ul>
 */
@Dependent
public class SyncSettings {

    static final String PREFIX = "eport.batch.code-table-sync.";
    static final int DEFAULT_REJECT_LIMIT = 100;

    /** A source's file, or why it has none. */
    public record Location(ImportSource source, String skipReason) {
        public boolean configured() {
            return source != null;
        }
    }

    @Inject
    private JobContext job;

    @Inject
    private ImportSources sources;

    public Location location(SyncSource source) {
        String own = value("source." + source.sourceName(), "source." + source.sourceName()).orElse(null);
        Optional<String> folder = value("folder", "folder");
        if (own != null) {
            boolean bareName = !own.contains("/") && !own.contains("\\") && !own.contains(":");
            return new Location(sources.of(bareName && folder.isPresent() ? inFolder(folder.get(), own) : own), null);
        }
        if (folder.isEmpty()) {
            return new Location(null, "未配置来源（" + PREFIX + "source." + source.sourceName() + " 或 " + PREFIX + "folder）");
        }
        for (String extension : new String[] {".csv", ".xml"}) {
            ImportSource candidate = sources.of(inFolder(folder.get(), source.sourceName() + extension));
            try {
                if (candidate.exists()) {
                    return new Location(candidate, null);
                }
            } catch (IOException e) {
                throw new IllegalStateException("无法访问 " + candidate.name() + "：" + e.getMessage(), e);
            }
        }
        return new Location(null, "投放目录 " + folder.get() + " 中没有 " + source.sourceName() + ".csv 或 .xml");
    }

    public long rejectLimit() {
        String limit = value("rejectLimit", "reject-limit").orElse(String.valueOf(DEFAULT_REJECT_LIMIT));
        try {
            long value = Long.parseLong(limit);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("拒收上限 " + limit + " 无效：应为不小于 0 的整数（" + PREFIX + "reject-limit）");
    }

    private Optional<String> value(String jobParameter, String configKey) {
        String parameter = jobProperty(jobParameter);
        if (parameter != null) {
            return Optional.of(parameter);
        }
        return config().getOptionalValue(PREFIX + configKey, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private String jobProperty(String name) {
        String value = job.getProperties().getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String inFolder(String folder, String file) {
        return folder.endsWith("/") ? folder + file : folder + "/" + file;
    }

    private static Config config() {
        return ConfigProvider.getConfig(SyncSettings.class.getClassLoader());
    }
}
