package cn.eport.onboarding.batch.codetable;

import cn.eport.onboarding.codetable.CodeRowLayout;
import cn.eport.onboarding.codetable.CodeTable;
import cn.eport.onboarding.directory.table.DirectoryLayout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sources of code-table-sync, in the order the job reads them (docs/batch-files.md): the code
 * tables, then the reference directories. Each has a step of its own in the job (named like
 * {@link #sourceName()}) and its retire step after it. The name is also the file's base name in
 * the drop folder and the last part of its configuration key.
 */
public enum SyncSource {
    CUSTOMS_DISTRICTS(new CodeTableTarget(CodeRowLayout.CUSTOMS_DISTRICTS, CodeTable.CUSTOMS_DISTRICT)),
    CODE_LISTS(new CodeTableTarget(CodeRowLayout.CODE_LISTS, null)),
    BUSINESS_REGISTRATION_AUTHORITIES(new CodeTableTarget(CodeRowLayout.PLAIN, CodeTable.BUSINESS_REGISTRATION_AUTHORITY)),
    TAX_AUTHORITIES(new CodeTableTarget(CodeRowLayout.PLAIN, CodeTable.TAX_AUTHORITY)),
    QUALITY_SUPERVISION_AUTHORITIES(new CodeTableTarget(CodeRowLayout.PLAIN, CodeTable.QUALITY_SUPERVISION_AUTHORITY)),
    FOREX_BUREAUS(new CodeTableTarget(CodeRowLayout.PLAIN, CodeTable.FOREX_BUREAU)),
    MOFCOM_AUTHORITIES(new CodeTableTarget(CodeRowLayout.PLAIN, CodeTable.MOFCOM_AUTHORITY)),
    ADMINISTRATIVE_DIVISIONS(new CodeTableTarget(CodeRowLayout.PLAIN, CodeTable.ADMINISTRATIVE_DIVISION)),
    REGISTRY_RECORDS(new DirectoryTarget(DirectoryLayout.REGISTRY_RECORDS)),
    FOREX_ENTERPRISES(new DirectoryTarget(DirectoryLayout.FOREX_ENTERPRISES)),
    FOREX_DEREGISTRATIONS(new DirectoryTarget(DirectoryLayout.FOREX_DEREGISTRATIONS)),
    CUSTOMS_RECORDS(new DirectoryTarget(DirectoryLayout.CUSTOMS_RECORDS)),
    PENDING_FILINGS(new DirectoryTarget(DirectoryLayout.PENDING_FILINGS));

    private final SyncTarget target;

    SyncSource(SyncTarget target) {
        this.target = target;
    }

    public SyncTarget target() {
        return target;
    }

    /** {@code customs-districts}: the step, the file's base name, the end of the configuration key. */
    public String sourceName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SyncSource> named(String sourceName) {
        return Arrays.stream(values()).filter(s -> s.sourceName().equals(sourceName)).findFirst();
    }

    public static SyncSource of(String sourceName) {
        return named(sourceName).orElseThrow(() -> new IllegalArgumentException("No code-table-sync source " + sourceName));
    }
}
