package cn.eport.onboarding.review.dashboard;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.regex.Pattern;

/** The table one application kind is stored in. */
public record KindTable(ApplicationKind kind, String table) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public KindTable {
        // the name is written into SQL: it comes from an entity's @Table, never from a request, and is checked anyway
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }
}
