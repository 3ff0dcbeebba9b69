package cn.eport.onboarding.directory.table;

import java.util.List;

/**
 * One row for a directory table, read from the directory's file: its key (the USCC; for pending
 * filings USCC, system and kind joined by {@code |}) and the values of the layout's columns, in
 * their order (String, LocalDate or BigDecimal; null for an empty optional field).
 */
public record DirectoryRow(String uscc, String key, List<Object> values) {
}
