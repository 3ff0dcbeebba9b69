package cn.eport.onboarding.directory.table;

import cn.eport.onboarding.directory.FilingKind;
import cn.eport.onboarding.directory.FilingSystem;
import cn.eport.onboarding.validation.RowChecks;
import cn.eport.onboarding.validation.RowFields;
import cn.eport.onboarding.validation.RowOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The file layouts of the five reference directories (docs/batch-files.md): the fields of a file are
 * named like the columns of its table (V3), and each is checked by the rule of its type. Codes that
 * name other code tables (status, authorities, customs districts, forex bureaus) are checked for
 * their form only: a directory may name a code this system has not synced yet (ADR 0007).
 */
public enum DirectoryLayout {
    REGISTRY_RECORDS("dir_registry_record",
            column("enterprise_name", (c, f) -> c.text(f, true, 200)),
            column("legal_person_name", (c, f) -> c.text(f, false, 100)),
            column("legal_person_type", (c, f) -> c.code(f, false, 16)),
            column("enterprise_type", (c, f) -> c.code(f, false, 16)),
            column("status_code", (c, f) -> c.code(f, true, 16)),
            column("registered_capital", RowChecks::amount),
            column("capital_unit", (c, f) -> c.code(f, false, 16)),
            column("address", (c, f) -> c.text(f, false, 300)),
            column("issuing_authority_name", (c, f) -> c.text(f, false, 200)),
            column("registration_authority", (c, f) -> c.code(f, false, 16)),
            column("established_on", Checks.PAST_DATE),
            column("business_scope", (c, f) -> c.text(f, false, 4000))),
    FOREX_ENTERPRISES("dir_forex_enterprise",
            column("enterprise_name", (c, f) -> c.text(f, true, 200)),
            column("legal_person_name", (c, f) -> c.text(f, false, 100)),
            column("forex_bureau", (c, f) -> c.code(f, true, 16))),
    FOREX_DEREGISTRATIONS("dir_forex_dereg",
            column("enterprise_name", (c, f) -> c.text(f, false, 200)),
            column("deregistered_on", Checks.REQUIRED_PAST_DATE),
            column("reason", (c, f) -> c.text(f, false, 500)),
            column("forex_bureau", (c, f) -> c.code(f, false, 16))),
    CUSTOMS_RECORDS("dir_customs_record",
            column("enterprise_name", (c, f) -> c.text(f, false, 200)),
            column("customs_code", (c, f) -> c.code(f, true, 10)),
            column("customs_district", (c, f) -> c.digits(f, true, 4)),
            column("registered_on", Checks.PAST_DATE)),
    PENDING_FILINGS("dir_pending_filing",
            column("filing_system", (c, f) -> c.oneOf(f, true, names(FilingSystem.values()))),
            column("filing_kind", (c, f) -> c.oneOf(f, true, names(FilingKind.values()))),
            column("pending_since", Checks.REQUIRED_PAST_DATE),
            column("filing_reference", (c, f) -> c.text(f, false, 64)));

    /** The key field of every directory file. */
    public static final String USCC = "uscc";

    /** A field of the file and column of the table, with its rule. */
    public record Column(String name, Rule rule) {
    }

    /** Checks one field; returns its value, or null when absent or wrong (the problem is noted in the checks). */
    @FunctionalInterface
    public interface Rule {
        Object check(RowChecks checks, String field, LocalDate today);
    }

    private final String table;
    private final List<Column> columns;

    DirectoryLayout(String table, Column... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    public String table() {
        return table;
    }

    /** The columns besides the USCC, in the order of {@link DirectoryRow#values()}. */
    public List<Column> columns() {
        return columns;
    }

    /** The fields a CSV file of this directory must have as columns (the optional ones may be left out). */
    public List<String> requiredColumns() {
        List<String> required = new ArrayList<>(List.of(USCC));
        RowChecks probe = new RowChecks(field -> null);
        for (Column column : columns) {
            int before = probe.problems().size();
            column.rule().check(probe, column.name(), LocalDate.MAX);
            if (probe.problems().size() > before) {
                required.add(column.name());
            }
        }
        return Collections.unmodifiableList(required);
    }

    public RowOutcome<DirectoryRow> check(RowFields row, LocalDate today) {
        RowChecks checks = new RowChecks(row);
        String uscc = checks.uscc(USCC);
        List<Object> values = new ArrayList<>(columns.size());
        for (Column column : columns) {
            values.add(column.rule().check(checks, column.name(), today));
        }
        return RowOutcome.of(checks, () -> new DirectoryRow(uscc, keyOf(uscc, values), Collections.unmodifiableList(values)));
    }

    /** The key of a row of this directory: the USCC, and for pending filings also system and kind. */
    String keyOf(String uscc, List<Object> values) {
        return this == PENDING_FILINGS ? uscc + "|" + values.get(0) + "|" + values.get(1) : uscc;
    }

    /** The key as an SQL expression over the table's columns (alias {@code t}), the same as {@link #keyOf}. */
    public String keySql() {
        return this == PENDING_FILINGS ? "t.uscc || '|' || t.filing_system || '|' || t.filing_kind" : "t.uscc";
    }

    private static Column column(String name, BiConsumerRule rule) {
        return new Column(name, (checks, field, today) -> rule.check(checks, field));
    }

    private static Column column(String name, Rule rule) {
        return new Column(name, rule);
    }

    @FunctionalInterface
    private interface BiConsumerRule {
        Object check(RowChecks checks, String field);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static final class Checks {
        static final Rule PAST_DATE = (checks, field, today) -> checks.date(field, false, today);
        static final Rule REQUIRED_PAST_DATE = (checks, field, today) -> checks.date(field, true, today);
    }

}
